package se.sambruk.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptAnswersTest {

    private final KeptAnswers kept = new KeptAnswers(100);

    @Test
    void keepsAnswersByKeyWithTheirStamp() {
        kept.keep("a", new KeptAnswers.Answer(7, new byte[10], "application/json"));

        assertThat(kept.get("a").stamp()).isEqualTo(7);
        assertThat(kept.get("b")).isNull();
    }

    @Test
    void aReplacedAnswerNoLongerCountsTowardsTheBound() {
        for (int i = 0; i < 50; i++) {
            kept.keep("a", new KeptAnswers.Answer(i, new byte[40], "text/xml"));
        }

        assertThat(kept.size()).isEqualTo(40);
        assertThat(kept.get("a").stamp()).isEqualTo(49);
    }

    @Test
    void passingTheBoundDropsTheOthersAndKeepsTheNewOne() {
        kept.keep("a", new KeptAnswers.Answer(1, new byte[60], "text/xml"));
        kept.keep("b", new KeptAnswers.Answer(2, new byte[60], "text/xml"));

        assertThat(kept.get("a")).isNull();
        assertThat(kept.get("b")).isNotNull();
        assertThat(kept.size()).isEqualTo(60);
    }

    @Test
    void anAnswerLargerThanTheBoundIsNotKept() {
        kept.keep("a", new KeptAnswers.Answer(1, new byte[101], "text/xml"));

        assertThat(kept.get("a")).isNull();
        assertThat(kept.size()).isZero();
    }
}
