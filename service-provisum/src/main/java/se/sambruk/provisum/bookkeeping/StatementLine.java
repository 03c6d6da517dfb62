package se.sambruk.provisum.bookkeeping;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a bank statement: booked on a day, an amount (negative out of the account), the
 * bank's text, and the reference that recognises it when the same statement is imported again
 * (the bank's own reference where the file has one, else one made from the line and its order).
 */
public record StatementLine(LocalDate bookedOn, BigDecimal amount, String text, String reference) {
}
