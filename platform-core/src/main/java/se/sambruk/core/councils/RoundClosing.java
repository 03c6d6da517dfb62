package se.sambruk.core.councils;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Closes the voting rounds whose closing time has passed, once a minute. Closing is idempotent and
 * guarded by the round's version, so when several nodes run the job one wins and the others
 * give way; a round is also closed whenever someone looks at it after its closing time.
 */
@Configuration
@EnableScheduling
class RoundClosing {

    private static final Logger log = LoggerFactory.getLogger(RoundClosing.class);

    private final Councils councils;
    private final Clock clock;

    RoundClosing(Councils councils, Clock clock) {
        this.councils = councils;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sambruk.councils.close-rounds-every:PT1M}", initialDelayString = "PT1M")
    void closeDueRounds() {
        try {
            int closed = councils.closeDue(Instant.now(clock));
            if (closed > 0) {
                log.info("Closed {} voting round(s)", closed);
            }
        } catch (OptimisticLockingFailureException anotherNodeWasFirst) {
            log.debug("Another node closed the rounds first", anotherNodeWasFirst);
        }
    }
}
