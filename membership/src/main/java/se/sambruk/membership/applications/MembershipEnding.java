package se.sambruk.membership.applications;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.sambruk.core.ClusterJobs;
import se.sambruk.core.MemberRegister;

/** Every night (and at start), members whose notice period has run out become former members; one node does it. */
@Component
class MembershipEnding {

    private static final Logger log = LoggerFactory.getLogger(MembershipEnding.class);

    private final MemberRegister register;
    private final ClusterJobs jobs;
    private final Clock clock;

    MembershipEnding(MemberRegister register, ClusterJobs jobs, Clock clock) {
        this.register = register;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${sambruk.membership.end-memberships-cron:0 5 0 * * *}", zone = "Europe/Stockholm")
    void endMemberships() {
        jobs.runAlone("membership-ending", () -> {
            int ended = register.endMembershipsBefore(LocalDate.now(clock));
            if (ended > 0) {
                log.info("{} memberships ended after their notice period", ended);
            }
        });
    }
}
