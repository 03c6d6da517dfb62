package se.sambruk.uka.coverage;

import java.time.LocalDate;

/** One condition of skollagen 29 kap. 9 §; a person is covered when every rule holds. */
public interface CoverageRule {

    /** The message key that names the condition (shown as "why covered" or "why not"). */
    String key();

    boolean holds(CoverageFacts facts, LocalDate today);
}
