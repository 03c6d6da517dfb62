package se.sambruk.multifraga.applications;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The municipality's list of what is not income: the default sources with their reasons, kinds of payment, bad lines refused. */
class NotIncomeTests {

    @Test
    void theDefaultListHoldsTheSourcesThatPayNothingEachWithAReason() {
        assertThat(NotIncome.DEFAULT.source("SKV")).isTrue();
        assertThat(NotIncome.DEFAULT.source("TNS")).isTrue();
        assertThat(NotIncome.DEFAULT.source("AF")).isTrue();
        assertThat(NotIncome.DEFAULT.source("FK")).isFalse();
        assertThat(NotIncome.DEFAULT.reason("SKV", "Kapitalinkomst")).get().asString().contains("beskattningen");
        assertThat(NotIncome.DEFAULT.reason("FK", "Bostadsbidrag")).isEmpty();
        assertThat(NotIncome.DEFAULT.kinds()).isEmpty();
    }

    @Test
    void aKindOfPaymentIsMatchedWithoutRegardToCase() {
        NotIncome list = NotIncome.parse(List.of("FK/Merkostnadsersättning = ersätter merkostnader", "AF=ingen utbetalning"));
        assertThat(list.reason("FK", "merkostnadsersättning")).contains("ersätter merkostnader");
        assertThat(list.reason("FK", "Sjukpenning")).isEmpty();
        assertThat(list.reason("CSN", "Merkostnadsersättning")).isEmpty();
        assertThat(list.source("FK")).isFalse();
        assertThat(list.source("SKV")).isFalse();
        assertThat(list.kinds()).containsOnlyKeys("FK/merkostnadsersättning");
    }

    @Test
    void aLineWithoutAReasonOrACodeIsRefused() {
        assertThatThrownBy(() -> NotIncome.parse(List.of("SKV"))).hasMessageContaining("CODE=reason");
        assertThatThrownBy(() -> NotIncome.parse(List.of("SKV= "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotIncome.parse(List.of("=skäl"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotIncome.parse(List.of("FK/=skäl"))).isInstanceOf(IllegalArgumentException.class);
    }
}
