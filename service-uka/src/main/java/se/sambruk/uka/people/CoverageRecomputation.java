package se.sambruk.uka.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.sambruk.core.ClusterJobs;

/**
 * Every night the rules are applied again to every registered person, on one node: who turned
 * 20 leaves, and the overview's "changed since yesterday" shows it in the morning.
 */
@Component
class CoverageRecomputation {

    private static final Logger log = LoggerFactory.getLogger(CoverageRecomputation.class);

    private final Register register;
    private final ClusterJobs jobs;

    CoverageRecomputation(Register register, ClusterJobs jobs) {
        this.register = register;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${sambruk.uka.nightly-cron:0 15 1 * * *}")
    void nightly() {
        jobs.runAlone("uka-coverage", () -> {
            for (long organisation : register.organisations()) {
                int changed = register.recomputeAll(organisation, "Omfattas enligt reglerna (nattlig omräkning)");
                log.info("UKA: coverage recomputed for organisation {}: {} changed", organisation, changed);
            }
        });
    }
}
