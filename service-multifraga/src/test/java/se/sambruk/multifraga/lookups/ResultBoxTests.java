package se.sambruk.multifraga.lookups;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultBoxTests {

    ResultBox box = new ResultBox("HvexEco+tTYmy2FtxLFe2vY0v8Ajmn6lYi1w4Y+d/VY=");

    @Test
    void anAnswerOpensOnlyInItsOwnLookUp() {
        String sealed = box.seal("lookup:1:0:CSN", "[{\"label\":\"studiemedel\",\"value\":\"0\"}]");
        assertThat(sealed).startsWith("v1:").doesNotContain("studiemedel");
        assertThat(box.open("lookup:1:0:CSN", sealed)).contains("studiemedel");
        assertThatThrownBy(() -> box.open("lookup:2:0:CSN", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyNothingIsStored() {
        assertThatThrownBy(() -> new ResultBox("").seal("x", "y")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ResultBox("c2hvcnQ=")).isInstanceOf(IllegalStateException.class);
    }
}
