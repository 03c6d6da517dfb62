package se.sambruk.provisum.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.sambruk.provisum.rules.Fees.Task.BEVAKA_RATT;
import static se.sambruk.provisum.rules.Fees.Task.FORVALTA_EGENDOM;
import static se.sambruk.provisum.rules.Fees.Task.SORJA_FOR_PERSON;

class FeesTests {

    @Test
    void theMunicipalitysRulesReplaceTheDefaultsTaskByTask() {
        Map<Fees.Task, BigDecimal> rules = Fees.rules(Map.of(FORVALTA_EGENDOM, new BigDecimal("6.5")));
        assertThat(rules.get(BEVAKA_RATT)).isEqualByComparingTo("4");
        assertThat(rules.get(FORVALTA_EGENDOM)).isEqualByComparingTo("6.5");
        assertThat(rules.get(SORJA_FOR_PERSON)).isEqualByComparingTo("5");
    }

    @Test
    void theShareOfAnAssignmentIsTheSumOfItsTasksShares() {
        Map<Fees.Task, BigDecimal> own = Map.of(FORVALTA_EGENDOM, new BigDecimal("6.5"));
        assertThat(Fees.share(own, List.of(BEVAKA_RATT, FORVALTA_EGENDOM))).isEqualByComparingTo("10.5");
        assertThat(Fees.share(Map.of(), List.of(BEVAKA_RATT, FORVALTA_EGENDOM, SORJA_FOR_PERSON))).isEqualByComparingTo("14");
        assertThat(Fees.share(Map.of(), List.of(BEVAKA_RATT, BEVAKA_RATT))).isEqualByComparingTo("4");
        assertThat(Fees.share(Map.of(), List.of())).isEqualByComparingTo("0");
    }

    @Test
    void theFeeIsTheShareOfThePriceBaseAmountInWholeKronor() {
        assertThat(Fees.fee(new BigDecimal("10.5"), 59_200)).isEqualByComparingTo("6216");
        assertThat(Fees.fee(new BigDecimal("4"), 58_800)).isEqualByComparingTo("2352");
        assertThatThrownBy(() -> Fees.fee(BigDecimal.ZERO, 59_200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fees.fee(new BigDecimal("100.01"), 59_200)).isInstanceOf(IllegalArgumentException.class);
    }
}
