package se.sambruk.provisum.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Arvode (FB 12 kap. 16 §) as the municipality's rules set it: a share of the year's
 * prisbasbelopp per task, the shares below being the office's defaults.
 */
public final class Fees {

    /** Default shares of the prisbasbelopp, per task, in percent. */
    public enum Task {
        BEVAKA_RATT(new BigDecimal("4"), "bevaka rätt"), FORVALTA_EGENDOM(new BigDecimal("5"), "förvalta egendom"),
        SORJA_FOR_PERSON(new BigDecimal("5"), "sörja för person");

        private final BigDecimal defaultShare;
        private final String label;

        Task(BigDecimal defaultShare, String label) {
            this.defaultShare = defaultShare;
            this.label = label;
        }

        /** The part of the assignment in Swedish, as a decision names it. */
        public String label() {
            return label;
        }

        public BigDecimal defaultShare() {
            return defaultShare;
        }
    }

    private Fees() {
    }

    /** The municipality's shares per task: its own rules, the defaults where it has none. */
    public static Map<Task, BigDecimal> rules(Map<Task, BigDecimal> municipalityRules) {
        Map<Task, BigDecimal> rules = new EnumMap<>(Task.class);
        for (Task task : Task.values()) {
            rules.put(task, municipalityRules.getOrDefault(task, task.defaultShare()));
        }
        return rules;
    }

    /** The share for an assignment's tasks: the sum of the municipality's share for each task. */
    public static BigDecimal share(Map<Task, BigDecimal> municipalityRules, Collection<Task> tasks) {
        Map<Task, BigDecimal> rules = rules(municipalityRules);
        return tasks.stream().distinct().map(rules::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The fee in whole kronor: share percent of the prisbasbelopp. */
    public static BigDecimal fee(BigDecimal sharePercent, int priceBaseAmount) {
        if (sharePercent.signum() <= 0 || sharePercent.compareTo(new BigDecimal("100")) > 0) {
            throw new IllegalArgumentException("The share is between 0 and 100 percent");
        }
        return sharePercent.multiply(BigDecimal.valueOf(priceBaseAmount)).divide(new BigDecimal("100"), 0, RoundingMode.HALF_UP);
    }
}
