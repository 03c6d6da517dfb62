package se.sambruk.core.database;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stands in for the application in a JVM of its own, so a test can kill it with {@code kill -9}:
 * starts the embedded PostgreSQL on the folder given, with or without its watchdog, writes a
 * row, prints {@code READY <postmaster pid>} and waits to be killed.
 */
final class ApplicationStandIn {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer.Started started = EmbeddedPostgresServer.startPostgres(args[0], EmbeddedPostgresServer.Durability.SAFE);
        if (Boolean.parseBoolean(args[1])) {
            EmbeddedPostgresServer.watchdog(started).orElseThrow();
        }
        JdbcTemplate jdbc = new JdbcTemplate(started.postgres().getPostgresDatabase());
        jdbc.execute("create table if not exists kept (name text)");
        jdbc.update("insert into kept values (?)", args[2]);
        System.out.println("READY " + started.pid().orElseThrow());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
