package se.sambruk.multifraga.sources;

import java.util.List;

/**
 * What a source answered for one person: the state, a message for the caseworker, and the facts
 * read from the answer (label and value, in the order the answer gives them).
 */
public record SourceAnswer(State state, String message, List<Fact> facts) {

    public enum State { PENDING, ANSWERED, REFUSED, FAILED, TIMED_OUT }

    public record Fact(String label, String value) {
    }

    public static SourceAnswer answered(String message, List<Fact> facts) {
        return new SourceAnswer(State.ANSWERED, message, List.copyOf(facts));
    }

    public static SourceAnswer refused(String message) {
        return new SourceAnswer(State.REFUSED, message, List.of());
    }
}
