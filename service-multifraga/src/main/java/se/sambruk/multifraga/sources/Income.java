package se.sambruk.multifraga.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One payment of an income or benefit as a source reported it: what it is, the period it concerns
 * ({@code from}–{@code to}, either may be missing), the day it was paid, and gross, tax and net
 * in kronor. An amount the source does not give is null, never zero: the unemployment funds, for
 * one, report only the net.
 *
 * <p>{@code notCounted} says why a line is shown but is not income for the household's sums (a
 * payment CSN has only planned, CSN's home equipment loan); null: it counts. {@code year} marks a
 * yearly figure rather than a payment (Skatteverket's capital income for an income year): it is
 * listed per person and year, never in a month's sum.
 */
public record Income(String kind, LocalDate from, LocalDate to, LocalDate paidOn, BigDecimal gross, BigDecimal tax, BigDecimal net,
                     String notCounted, Integer year) {

    /** A payment that counts as income. */
    public Income(String kind, LocalDate from, LocalDate to, LocalDate paidOn, BigDecimal gross, BigDecimal tax, BigDecimal net) {
        this(kind, from, to, paidOn, gross, tax, net, null, null);
    }

    /** Whether the line is income for the sums (answers sealed before this field count, as they were). */
    public boolean counted() {
        return notCounted == null && year == null;
    }

    /** The month the payment concerns: the start of its period, else the day it was paid; null when neither is known. */
    public YearMonth month() {
        if (from != null) {
            return YearMonth.from(from);
        }
        if (to != null) {
            return YearMonth.from(to);
        }
        return paidOn == null ? null : YearMonth.from(paidOn);
    }
}
