package se.sambruk.membership.fees;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sambruk's membership fee: a municipality pays by population band, any other organisation the
 * "other organisations" band. The annual fee is due for every year the organisation is a member
 * (whole years); the deposit (insats) in the year it joins, half of it when it rejoins.
 */
public final class FeeRules {

    private FeeRules() {
    }

    public record Band(int position, FeeBand.Category category, Integer minPopulation, Integer maxPopulation,
                       long depositOre, long annualFeeOre) {

        boolean covers(String organisationType, Integer population) {
            if (category == FeeBand.Category.OTHER) {
                return !"MUNICIPALITY".equals(organisationType) || population == null;
            }
            return "MUNICIPALITY".equals(organisationType) && population != null
                    && (minPopulation == null || population >= minPopulation)
                    && (maxPopulation == null || population < maxPopulation);
        }
    }

    /** What the fee needs to know of a member. */
    public record Payer(long organisationId, String name, String organisationType, Integer population,
                        LocalDate memberSince, LocalDate memberUntil, boolean rejoining) {

        boolean isMemberDuring(int year) {
            return (memberSince == null || memberSince.getYear() <= year) && (memberUntil == null || memberUntil.getYear() >= year);
        }

        boolean joinedIn(int year) {
            return memberSince != null && memberSince.getYear() == year;
        }
    }

    public record Fee(Payer payer, Band band, long annualFeeOre, long depositOre) {
        public long totalOre() {
            return annualFeeOre + depositOre;
        }
    }

    /** The fee of one payer in a year, or empty when no band covers it. */
    public static Optional<Fee> fee(List<Band> bands, Payer payer, int year) {
        return bands.stream().sorted(Comparator.comparingInt(Band::position))
                .filter(band -> band.covers(payer.organisationType(), payer.population()))
                .findFirst()
                .map(band -> {
                    long deposit = !payer.joinedIn(year) ? 0 : payer.rejoining() ? band.depositOre() / 2 : band.depositOre();
                    return new Fee(payer, band, band.annualFeeOre(), deposit);
                });
    }

    /** The fees of everyone who is a member at some time during the year. */
    public static List<Fee> fees(List<Band> bands, List<Payer> payers, int year) {
        return payers.stream().filter(payer -> payer.isMemberDuring(year))
                .flatMap(payer -> fee(bands, payer, year).stream()).toList();
    }

    public static long total(List<Fee> fees) {
        return fees.stream().mapToLong(Fee::totalOre).sum();
    }
}
