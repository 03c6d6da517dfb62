package se.sambruk.fixamingata.resident;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.ClusterJobs;

/**
 * Keeps no e-mail address longer than it serves: sign-in links a day after they expired, and
 * alerts never confirmed after a week (someone typed the address; its owner never agreed).
 */
@Component
public class ResidentDataCleanup {

    private final JdbcTemplate jdbc;
    private final ClusterJobs jobs;

    ResidentDataCleanup(JdbcTemplate jdbc, ClusterJobs jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    void scheduled() {
        jobs.runAlone("fixamingata-resident-cleanup", this::clean);
    }

    /** How many rows went. */
    @Transactional
    public int clean() {
        return jdbc.update("delete from fixamingata.resident_sign_in where expires_at < now() - interval '1 day'")
                + jdbc.update("delete from fixamingata.alert where confirmed_at is null and created_at < now() - interval '7 days'");
    }
}
