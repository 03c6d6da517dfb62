package se.sambruk.multifraga.applications;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The municipality's rule for assets: bank balances above the buffer are used before assistance; other assets are the caseworker's assessment. */
class AssetRuleTests {

    @Test
    void bankBalancesAboveTheBufferAreUsedBeforeAssistance() {
        AssetRule.Assessment a = new AssetRule(2_000).assess(5_400, 0, null, 0, null, 0, null, 9_000);
        assertThat(a.toUse()).isEqualTo(3_400);
        assertThat(a.assistanceAfter()).isEqualTo(5_600);
        assertThat(a.assess()).isFalse();
        assertThat(a.lines().get(0)).isEqualTo(new AssetRule.Line(AssetRule.Kind.BANK, 5_400, null, 3_400, false));
        // within the buffer nothing is used
        assertThat(new AssetRule(2_000).assess(1_999, 0, null, 0, null, 0, null, 9_000).toUse()).isZero();
        // the assistance after assets is never below zero
        assertThat(new AssetRule(0).assess(50_000, 0, null, 0, null, 0, null, 9_000).assistanceAfter()).isZero();
    }

    @Test
    void vehiclesPropertyAndOtherAssetsAreNeverCountedAutomaticallyButMarkedForAssessment() {
        AssetRule.Assessment a = new AssetRule(0).assess(0, 25_000, "Volvo V70", 0, null, 5_000, "Fonder", 9_000);
        assertThat(a.toUse()).isZero();
        assertThat(a.assistanceAfter()).isEqualTo(9_000);
        assertThat(a.assess()).isTrue();
        assertThat(a.declared()).isEqualTo(30_000);
        assertThat(a.lines()).filteredOn(AssetRule.Line::assess).extracting(AssetRule.Line::kind)
                .containsExactly(AssetRule.Kind.VEHICLES, AssetRule.Kind.OTHER);
        assertThat(a.lines().get(1).text()).isEqualTo("Volvo V70");
    }

    @Test
    void theBufferIsNotNegative() {
        assertThatThrownBy(() -> new AssetRule(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
