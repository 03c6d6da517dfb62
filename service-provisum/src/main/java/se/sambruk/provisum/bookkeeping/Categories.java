package se.sambruk.provisum.bookkeeping;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The first guess of an imported line's category, which the guardian can change: money in is
 * income; money out is a cash withdrawal when the bank's text says so (Uttag, Bankomat, ATM,
 * Kontantuttag), else an expense. Transfers to the guardian and gifts are never guessed: the
 * guardian says so, and the review flags them.
 */
public final class Categories {

    public static final java.util.List<String> ALL = java.util.List.of("INCOME", "EXPENSE", "CASH_WITHDRAWAL", "TRANSFER_TO_GUARDIAN", "GIFT",
            "TRANSFER_OWN_ACCOUNT");

    private Categories() {
    }

    public static String guess(BigDecimal amount, String text) {
        if (amount.signum() > 0) {
            return "INCOME";
        }
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (lower.contains("bankomat") || lower.contains("kontantuttag") || lower.startsWith("uttag") || lower.contains(" atm")
                || lower.startsWith("atm")) {
            return "CASH_WITHDRAWAL";
        }
        return "EXPENSE";
    }
}
