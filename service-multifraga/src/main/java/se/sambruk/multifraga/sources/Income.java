package se.sambruk.multifraga.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One payment of an income or benefit as a source reported it: what it is, the period it concerns
 * ({@code from}–{@code to}, either may be missing), the day it was paid, and gross, tax and net
 * in kronor. An amount the source does not give is null, never zero: the unemployment funds, for
 * one, report only the net.
 */
public record Income(String kind, LocalDate from, LocalDate to, LocalDate paidOn, BigDecimal gross, BigDecimal tax, BigDecimal net) {

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
