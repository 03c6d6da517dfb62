package se.sambruk.core.councils;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import se.sambruk.core.ClusterJobs;

/**
 * Once a minute: closes the voting and prioritisation rounds whose closing time has passed, and
 * sends the delegates their notices (a round opened, a round closes within a day). The work runs
 * through {@link ClusterJobs}, so with several nodes one runs it at a time. Closing is also
 * idempotent and guarded by the round's version, and a round is closed whenever someone looks
 * at it after its closing time.
 */
@Configuration
@EnableScheduling
class RoundClosing {

    private static final Logger log = LoggerFactory.getLogger(RoundClosing.class);

    private final Councils councils;
    private final PriorityVoting priorities;
    private final CouncilNotices notices;
    private final ObjectProvider<ClusterJobs> clusterJobs;
    private final Clock clock;

    RoundClosing(Councils councils, PriorityVoting priorities, CouncilNotices notices, ObjectProvider<ClusterJobs> clusterJobs, Clock clock) {
        this.councils = councils;
        this.priorities = priorities;
        this.notices = notices;
        this.clusterJobs = clusterJobs;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sambruk.councils.close-rounds-every:PT1M}", initialDelayString = "PT1M")
    void closeDueRounds() {
        ClusterJobs jobs = clusterJobs.getIfAvailable();
        if (jobs == null) {
            run();
        } else {
            jobs.runAlone("councils.rounds", this::run);
        }
    }

    void run() {
        Instant now = Instant.now(clock);
        try {
            int closed = councils.closeDue(now) + priorities.closeDue(now);
            if (closed > 0) {
                log.info("Closed {} round(s)", closed);
            }
        } catch (OptimisticLockingFailureException anotherNodeWasFirst) {
            log.debug("Another node closed the rounds first", anotherNodeWasFirst);
        }
        try {
            int notified = notices.sendDue(now);
            if (notified > 0) {
                log.info("Sent {} council notice(s)", notified);
            }
        } catch (OptimisticLockingFailureException anotherNodeWasFirst) {
            log.debug("Another node sent the notices first", anotherNodeWasFirst);
        }
    }
}
