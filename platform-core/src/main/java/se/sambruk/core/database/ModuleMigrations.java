package se.sambruk.core.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module owns its migrations in {@code db/migration/<module>} and its own history table
 * {@code flyway_schema_history_<module>}, the layout of Spring Modulith's module-aware Flyway.
 * {@code db/migration/__root} (shared tables such as the event publication registry) runs
 * first with the default history table, then every module folder found on the classpath.
 * Modules own separate schemas and never reference each other's tables, so their order
 * among themselves does not matter. Found by listing folders rather than by analysing the
 * module structure at start-up, which cost several seconds.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrations {

    static final String ROOT = "__root";
    private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);
    private static final Pattern MODULE_FOLDER = Pattern.compile("/db/migration/([a-z0-9_]+)/[^/]+$");

    @Bean
    FlywayMigrationStrategy moduleAwareMigration() {
        return flyway -> {
            for (String module : modulesOnClasspath()) {
                boolean root = ROOT.equals(module);
                Flyway moduleFlyway = Flyway.configure()
                        .configuration(flyway.getConfiguration())
                        .locations("classpath:db/migration/" + module)
                        .table(root ? flyway.getConfiguration().getTable() : "flyway_schema_history_" + module)
                        .baselineOnMigrate(!root)
                        .baselineVersion("0")
                        .load();
                int applied = moduleFlyway.migrate().migrationsExecuted;
                log.info("Migrated {}: {} new migrations", module, applied);
            }
        };
    }

    /** The migration folders, __root first, then the modules by name. */
    static Set<String> modulesOnClasspath() {
        Set<String> modules = new TreeSet<>((a, b) -> a.equals(b) ? 0 : ROOT.equals(a) ? -1 : ROOT.equals(b) ? 1 : a.compareTo(b));
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*")) {
                Matcher matcher = MODULE_FOLDER.matcher(resource.getURL().toString());
                if (matcher.find()) {
                    modules.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the migrations", e);
        }
        return modules;
    }
}
