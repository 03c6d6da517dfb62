package se.sambruk.provisum.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The fee of a guardian who held the assignment only part of the year (FB 12 kap. 16 §, the
 * municipality's rule of a share of the year's prisbasbelopp): the year's fee times the share of the
 * year's days the assignment was held. Days are counted inclusive (the first and the last day both
 * count), only those inside the year; the year has 365 or 366 days. Rounding: the year's fee is in
 * whole kronor (see {@link Fees#fee}); the part is computed exactly and then rounded once to whole
 * kronor, half up. Two guardians in turn thus get together the year's fee, give or take a krona.
 */
public final class PartYearFee {

    /** The days held, the days of the year and the fee for them. */
    public record Share(long daysHeld, int daysInYear, BigDecimal amount) {

        public boolean wholeYear() {
            return daysHeld == daysInYear;
        }
    }

    private PartYearFee() {
    }

    /**
     * The days of {@code year} from {@code from} to {@code to} (inclusive; {@code to} null: to the
     * year's end), 0 when the period lies outside the year.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static long daysHeld(int year, LocalDate from, LocalDate to) {
        if (from == null) {
            throw new IllegalArgumentException("The first day is required");
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The last day is before the first");
        }
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate start = from.isBefore(yearStart) ? yearStart : from;
        LocalDate end = to == null || to.isAfter(yearEnd) ? yearEnd : to;
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The fee for the days held of the year: {@code yearFee × daysHeld / daysInYear}, rounded to whole kronor (half up). */
    public static Share fee(BigDecimal yearFee, int year, LocalDate from, LocalDate to) {
        long days = daysHeld(year, from, to);
        int daysInYear = LocalDate.of(year, 1, 1).lengthOfYear();
        if (days == 0) {
            throw new IllegalArgumentException("The assignment was not held in " + year);
        }
        BigDecimal amount = yearFee.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(daysInYear), 0, RoundingMode.HALF_UP);
        return new Share(days, daysInYear, amount);
    }
}
