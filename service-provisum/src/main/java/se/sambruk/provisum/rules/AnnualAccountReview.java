package se.sambruk.provisum.rules;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The automatic review (automatgranskning) of an annual account (FB 16 kap. 3 §): the balance
 * equation, continuity with last year, proof of every balance, and the transactions that call
 * for a closer look.
 */
public final class AnnualAccountReview {

    /** A withdrawal this large (kronor) is flagged. */
    public static final BigDecimal LARGE_WITHDRAWAL = new BigDecimal("10000");
    /** A withdrawal of at least this many whole thousands is "round". */
    public static final BigDecimal ROUND_UNIT = new BigDecimal("1000");

    public enum Flag {
        BALANCE_MISMATCH, OPENING_DIFFERS_FROM_LAST_CLOSING, ACCOUNT_WITHOUT_PROOF, ACCOUNTS_DO_NOT_SUM,
        LARGE_WITHDRAWAL, ROUND_WITHDRAWAL, CASH_WITHDRAWAL, TRANSFER_TO_GUARDIAN, GIFT, MISSING_PROOF
    }

    private AnnualAccountReview() {
    }

    public static Set<Flag> flags(AccountData data) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (data.opening().add(data.income()).subtract(data.expenses()).compareTo(data.closing()) != 0) {
            flags.add(Flag.BALANCE_MISMATCH);
        }
        if (data.previousClosing() != null && data.previousClosing().compareTo(data.opening()) != 0) {
            flags.add(Flag.OPENING_DIFFERS_FROM_LAST_CLOSING);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (AccountData.Account account : data.accounts()) {
            sum = sum.add(account.closing());
            if (!account.proofAttached()) {
                flags.add(Flag.ACCOUNT_WITHOUT_PROOF);
            }
        }
        if (!data.accounts().isEmpty() && sum.compareTo(data.closing()) != 0) {
            flags.add(Flag.ACCOUNTS_DO_NOT_SUM);
        }
        for (AccountData.Transaction t : data.transactions()) {
            boolean out = t.amount().signum() < 0;
            BigDecimal size = t.amount().abs();
            if (out && t.category() != AccountData.Category.TRANSFER_OWN_ACCOUNT) {
                if (size.compareTo(LARGE_WITHDRAWAL) >= 0) {
                    flags.add(Flag.LARGE_WITHDRAWAL);
                }
                if (size.compareTo(ROUND_UNIT) >= 0 && size.remainder(ROUND_UNIT).signum() == 0) {
                    flags.add(Flag.ROUND_WITHDRAWAL);
                }
            }
            switch (t.category()) {
                case CASH_WITHDRAWAL -> flags.add(Flag.CASH_WITHDRAWAL);
                case TRANSFER_TO_GUARDIAN -> flags.add(Flag.TRANSFER_TO_GUARDIAN);
                case GIFT -> flags.add(Flag.GIFT);
                default -> { }
            }
            if (out && !t.proofAttached()) {
                flags.add(Flag.MISSING_PROOF);
            }
        }
        return flags;
    }
}
