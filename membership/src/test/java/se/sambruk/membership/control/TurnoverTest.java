package se.sambruk.membership.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TurnoverTest {

    @Test
    void theShareFromOthersIsMeasuredAgainstTwentyPercent() {
        Turnover within = new Turnover(2022, 80_00, 20_00, null);
        assertThat(within.withinLimit()).isTrue();
        assertThat(within.othersShareText()).isEqualTo("20,0 %");
        Turnover over = new Turnover(2022, 79_99, 20_01, null);
        assertThat(over.withinLimit()).isFalse();
        assertThat(over.othersShareText()).isEqualTo("20,1 %");
        assertThat(new Turnover(2022, 0, 0, null).othersSharePermille()).isZero();
    }
}
