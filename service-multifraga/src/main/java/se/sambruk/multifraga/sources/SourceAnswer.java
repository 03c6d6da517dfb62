package se.sambruk.multifraga.sources;

import java.util.List;

/**
 * What a source answered for one person: the state, a message for the caseworker, the facts read
 * from the answer (label and value, in the order the answer gives them), the payments it reported
 * ({@link Income}, for the compiled view), and whether the answer says the person has protected
 * identity (skyddad identitet / sekretessmarkering).
 */
public record SourceAnswer(State state, String message, List<Fact> facts, List<Income> incomes, boolean protectedIdentity) {

    public enum State { PENDING, ANSWERED, REFUSED, FAILED, TIMED_OUT }

    public record Fact(String label, String value) {
    }

    public SourceAnswer {
        facts = facts == null ? List.of() : List.copyOf(facts);
        incomes = incomes == null ? List.of() : List.copyOf(incomes);
    }

    public SourceAnswer(State state, String message, List<Fact> facts) {
        this(state, message, facts, List.of(), false);
    }

    public static SourceAnswer answered(String message, List<Fact> facts) {
        return new SourceAnswer(State.ANSWERED, message, facts);
    }

    public static SourceAnswer refused(String message) {
        return new SourceAnswer(State.REFUSED, message, List.of());
    }

    /** Whether this answer could be used in sums: a refused, failed, late or pending answer cannot. */
    public boolean usable() {
        return state == State.ANSWERED;
    }
}
