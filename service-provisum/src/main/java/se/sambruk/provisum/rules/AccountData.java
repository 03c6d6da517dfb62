package se.sambruk.provisum.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * An annual account as the review reads it.
 *
 * @param previousClosing last year's closing total, null for a first account
 */
public record AccountData(BigDecimal opening, BigDecimal income, BigDecimal expenses, BigDecimal closing,
                          BigDecimal previousClosing, boolean firstTime, boolean earlierRemarks,
                          List<Account> accounts, List<Transaction> transactions) {

    /** A bank or other account with its balance at the year's end and whether a statement proves it. */
    public record Account(String name, BigDecimal closing, boolean proofAttached) {
    }

    /** A booked transaction: positive in, negative out. */
    public record Transaction(BigDecimal amount, Category category, String text, boolean proofAttached) {
    }

    public enum Category { INCOME, EXPENSE, CASH_WITHDRAWAL, TRANSFER_TO_GUARDIAN, GIFT, TRANSFER_OWN_ACCOUNT }
}
