package se.sambruk.provisum.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.sambruk.provisum.rules.AccountData.Category;
import se.sambruk.provisum.rules.AnnualAccountReview.Flag;

import static org.assertj.core.api.Assertions.assertThat;

class AnnualAccountReviewTests {

    static BigDecimal kr(String amount) {
        return new BigDecimal(amount);
    }

    /** A clean account: 50 000 in, 12 000 pension, 9 876.50 out in small proven payments, two proven accounts. */
    static AccountData clean(List<AccountData.Transaction> extra, String closingAdjust) {
        List<AccountData.Transaction> transactions = new ArrayList<>(List.of(
                new AccountData.Transaction(kr("12000"), Category.INCOME, "Pension", true),
                new AccountData.Transaction(kr("-4938.25"), Category.EXPENSE, "Hyra", true),
                new AccountData.Transaction(kr("-4938.25"), Category.EXPENSE, "Hyra", true)));
        transactions.addAll(extra);
        BigDecimal expenses = kr("9876.50");
        for (AccountData.Transaction t : extra) {
            expenses = expenses.add(t.amount().negate());
        }
        BigDecimal closing = kr("50000").add(kr("12000")).subtract(expenses).add(kr(closingAdjust));
        return new AccountData(kr("50000"), kr("12000"), expenses, closing, kr("50000"), false, false,
                List.of(new AccountData.Account("Transaktionskonto", closing.subtract(kr("40000")), true),
                        new AccountData.Account("Sparkonto", kr("40000"), true)),
                transactions);
    }

    static AccountData clean() {
        return clean(List.of(), "0");
    }

    @Test
    void aCleanAccountHasNoFlags() {
        assertThat(AnnualAccountReview.flags(clean())).isEmpty();
    }

    @Test
    void theBalanceEquationMustHold() {
        AccountData wrong = clean();
        wrong = new AccountData(wrong.opening(), wrong.income(), wrong.expenses(), wrong.closing().add(kr("1")), wrong.previousClosing(),
                false, false, List.of(), wrong.transactions());
        assertThat(AnnualAccountReview.flags(wrong)).containsExactly(Flag.BALANCE_MISMATCH);
    }

    @Test
    void theOpeningMustEqualLastYearsClosing() {
        AccountData a = clean();
        AccountData differs = new AccountData(a.opening(), a.income(), a.expenses(), a.closing(), kr("49999"), false, false, a.accounts(), a.transactions());
        assertThat(AnnualAccountReview.flags(differs)).containsExactly(Flag.OPENING_DIFFERS_FROM_LAST_CLOSING);
        AccountData first = new AccountData(a.opening(), a.income(), a.expenses(), a.closing(), null, true, false, a.accounts(), a.transactions());
        assertThat(AnnualAccountReview.flags(first)).isEmpty();
    }

    @Test
    void everyBalanceMustBeProvenAndTheAccountsMustSum() {
        AccountData a = clean();
        AccountData unproven = new AccountData(a.opening(), a.income(), a.expenses(), a.closing(), a.previousClosing(), false, false,
                List.of(a.accounts().get(0), new AccountData.Account("Sparkonto", kr("40000"), false)), a.transactions());
        assertThat(AnnualAccountReview.flags(unproven)).containsExactly(Flag.ACCOUNT_WITHOUT_PROOF);
        AccountData notSumming = new AccountData(a.opening(), a.income(), a.expenses(), a.closing(), a.previousClosing(), false, false,
                List.of(a.accounts().get(0), new AccountData.Account("Sparkonto", kr("39000"), true)), a.transactions());
        assertThat(AnnualAccountReview.flags(notSumming)).containsExactly(Flag.ACCOUNTS_DO_NOT_SUM);
    }

    @Test
    void largeAndRoundWithdrawalsAreFlaggedButNotSmallOddOnesOrOwnTransfers() {
        assertThat(AnnualAccountReview.flags(clean(List.of(new AccountData.Transaction(kr("-12345.67"), Category.EXPENSE, "Tandläkare", true)), "0")))
                .containsExactly(Flag.LARGE_WITHDRAWAL);
        assertThat(AnnualAccountReview.flags(clean(List.of(new AccountData.Transaction(kr("-3000"), Category.EXPENSE, "Uttag", true)), "0")))
                .containsExactly(Flag.ROUND_WITHDRAWAL);
        assertThat(AnnualAccountReview.flags(clean(List.of(new AccountData.Transaction(kr("-20000"), Category.EXPENSE, "Möbler", true)), "0")))
                .containsExactlyInAnyOrder(Flag.LARGE_WITHDRAWAL, Flag.ROUND_WITHDRAWAL);
        assertThat(AnnualAccountReview.flags(clean(List.of(new AccountData.Transaction(kr("-999.50"), Category.EXPENSE, "Kläder", true)), "0")))
                .isEmpty();
        assertThat(AnnualAccountReview.flags(clean(List.of(new AccountData.Transaction(kr("-20000"), Category.TRANSFER_OWN_ACCOUNT, "Till sparkonto", true)), "0")))
                .isEmpty();
    }

    @Test
    void cashTransfersToTheGuardianGiftsAndMissingProofsAreFlagged() {
        assertThat(AnnualAccountReview.flags(clean(List.of(new AccountData.Transaction(kr("-450"), Category.CASH_WITHDRAWAL, "Bankomat", true)), "0")))
                .containsExactly(Flag.CASH_WITHDRAWAL);
        assertThat(AnnualAccountReview.flags(clean(List.of(new AccountData.Transaction(kr("-450"), Category.TRANSFER_TO_GUARDIAN, "Till god man", true)), "0")))
                .containsExactly(Flag.TRANSFER_TO_GUARDIAN);
        assertThat(AnnualAccountReview.flags(clean(List.of(new AccountData.Transaction(kr("-450"), Category.GIFT, "Present", true)), "0")))
                .containsExactly(Flag.GIFT);
        assertThat(AnnualAccountReview.flags(clean(List.of(new AccountData.Transaction(kr("-450"), Category.EXPENSE, "Okänt", false)), "0")))
                .containsExactly(Flag.MISSING_PROOF);
    }

    @Test
    void theRiskScoreWeighsFlagsFirstTimersAndEarlierRemarks() {
        assertThat(RiskScore.score(java.util.Set.of(), false, false)).isZero();
        assertThat(RiskScore.score(java.util.Set.of(Flag.CASH_WITHDRAWAL), false, false)).isEqualTo(10);
        assertThat(RiskScore.score(java.util.Set.of(Flag.CASH_WITHDRAWAL), true, true)).isEqualTo(65);
        assertThat(RiskScore.score(java.util.EnumSet.allOf(Flag.class), true, true)).isEqualTo(100);
        assertThat(RiskScore.deepReview(40, 1)).isTrue();
        long drawn = java.util.stream.LongStream.range(1, 10001).filter(id -> RiskScore.deepReview(0, id)).count();
        assertThat(drawn).isBetween(800L, 1200L);
    }

    @Test
    void feesAreAShareOfThePriceBaseAmount() {
        assertThat(Fees.fee(new BigDecimal("4"), 59200)).isEqualByComparingTo("2368");
        assertThat(Fees.fee(new BigDecimal("5"), 58800)).isEqualByComparingTo("2940");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fees.fee(BigDecimal.ZERO, 59200)).isInstanceOf(IllegalArgumentException.class);
    }
}
