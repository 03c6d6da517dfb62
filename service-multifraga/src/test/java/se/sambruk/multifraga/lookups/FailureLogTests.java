package se.sambruk.multifraga.lookups;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The log line of a failed agency call names the look-up, the source and the kind of failure, never a message. */
class FailureLogTests {

    @Test
    void theLineNamesTheSourceAndTheKindButNoMessage() {
        Exception e = new IllegalArgumentException("The SSBTEK request does not follow the schema: Value '199001011239' is not facet-valid",
                new IOException("answer body: <personidentitet>199001011239</personidentitet>"));
        String line = Lookups.failure(42, "AF", e);
        assertThat(line).isEqualTo("Multifråga: look-up 42, source AF failed: IllegalArgumentException <- IOException");
        assertThat(line).doesNotContain("199001011239").doesNotContain("schema").doesNotContain("answer body");
    }

    @Test
    void aCauseThatPointsBackDoesNotLoop() {
        IOException outer = new IOException("first");
        IOException inner = new IOException("second", outer);
        outer.initCause(inner);
        assertThat(Lookups.failure(1, "LEFI", outer)).isEqualTo("Multifråga: look-up 1, source LEFI failed: IOException <- IOException");
    }
}
