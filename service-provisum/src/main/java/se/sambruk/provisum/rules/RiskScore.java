package se.sambruk.provisum.rules;

import java.util.Set;
import java.util.SplittableRandom;

import se.sambruk.provisum.rules.AnnualAccountReview.Flag;

/**
 * Chooses the annual accounts that get a deep review: a score from the flags, with first-timers
 * and guardians with earlier remarks weighed first, plus a random share of the rest (drawn from
 * the account's id so the choice is the same when the review runs again).
 */
public final class RiskScore {

    public static final int DEEP_REVIEW_FROM = 40;
    public static final int RANDOM_SHARE_PERCENT = 10;

    private RiskScore() {
    }

    public static int score(Set<Flag> flags, boolean firstTime, boolean earlierRemarks) {
        int score = 0;
        for (Flag flag : flags) {
            score += switch (flag) {
                case BALANCE_MISMATCH, TRANSFER_TO_GUARDIAN -> 40;
                case OPENING_DIFFERS_FROM_LAST_CLOSING, ACCOUNTS_DO_NOT_SUM, GIFT -> 30;
                case ACCOUNT_WITHOUT_PROOF, MISSING_PROOF, LARGE_WITHDRAWAL -> 20;
                case CASH_WITHDRAWAL, ROUND_WITHDRAWAL -> 10;
            };
        }
        if (firstTime) {
            score += 25;
        }
        if (earlierRemarks) {
            score += 30;
        }
        return Math.min(score, 100);
    }

    /** Deep review when the score reaches the threshold, or when the random draw picks the account. */
    public static boolean deepReview(int score, long accountId) {
        return score >= DEEP_REVIEW_FROM || new SplittableRandom(accountId * 0x9E3779B97F4A7C15L).nextInt(100) < RANDOM_SHARE_PERCENT;
    }
}
