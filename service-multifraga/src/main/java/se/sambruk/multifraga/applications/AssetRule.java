package se.sambruk.multifraga.applications;

import java.util.ArrayList;
import java.util.List;

/**
 * The municipality's rule for the declared assets beside the calculation. Assistance is for needs
 * that cannot be met in another way (4 kap. 1 § SoL): money that can be used at once is used
 * before assistance. The rule as set by the municipality:
 * <ul>
 * <li>bank balances above the municipality's buffer ({@code sambruk.multifraga.asset-buffer[.<kommunkod>]},
 *     kronor, default 0) are to be used before assistance: they are the amount "to use first";</li>
 * <li>vehicles, property and other assets with a value are never counted automatically: whether
 *     they can be sold or are needed (a car for work) is the caseworker's own assessment, so they are
 *     listed as such;</li>
 * <li>the assistance after assets is the assistance by the norm less what is to be used first, at
 *     least zero.</li>
 * </ul>
 */
public record AssetRule(int buffer) {

    public AssetRule {
        if (buffer < 0) {
            throw new IllegalArgumentException("The asset buffer is at least 0 kr");
        }
    }

    public enum Kind { BANK, VEHICLES, PROPERTY, OTHER }

    /** One asset: what it is, the value declared, the part to be used before assistance, and whether the caseworker assesses it. */
    public record Line(Kind kind, long declared, String text, long toUse, boolean assess) {
    }

    /** The assets assessed: the lines, the total to use before assistance, and the assistance by the norm after it. */
    public record Assessment(int buffer, List<Line> lines, long toUse, boolean assess, int assistanceBefore, long assistanceAfter) {

        public long declared() {
            return lines.stream().mapToLong(Line::declared).sum();
        }
    }

    /** Assesses an application's declared assets against the assistance by the norm. */
    public Assessment assess(long bank, long vehicles, String vehiclesText, long property, String propertyText, long other, String otherText,
                             int assistance) {
        List<Line> lines = new ArrayList<>();
        long bankToUse = Math.max(0, bank - buffer);
        lines.add(new Line(Kind.BANK, bank, null, bankToUse, false));
        lines.add(new Line(Kind.VEHICLES, vehicles, vehiclesText, 0, vehicles > 0));
        lines.add(new Line(Kind.PROPERTY, property, propertyText, 0, property > 0));
        lines.add(new Line(Kind.OTHER, other, otherText, 0, other > 0));
        boolean assess = lines.stream().anyMatch(Line::assess);
        return new Assessment(buffer, List.copyOf(lines), bankToUse, assess, assistance, Math.max(0, assistance - bankToUse));
    }
}
