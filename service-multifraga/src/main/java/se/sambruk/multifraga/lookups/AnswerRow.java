package se.sambruk.multifraga.lookups;

import se.sambruk.multifraga.sources.SourceAnswer;

/**
 * One person's answer from one source, opened for showing; {@code withheld} says what of it the
 * caseworker's report types keep back ({@link Disclosure}).
 */
public record AnswerRow(int personIndex, String personMasked, String source, String sourceName, SourceAnswer answer, Integer durationMs,
                        Disclosure.Withheld withheld) {

    public AnswerRow(int personIndex, String personMasked, String source, String sourceName, SourceAnswer answer, Integer durationMs) {
        this(personIndex, personMasked, source, sourceName, answer, durationMs, Disclosure.Withheld.NOTHING);
    }

    public boolean pending() {
        return answer.state() == SourceAnswer.State.PENDING;
    }
}
