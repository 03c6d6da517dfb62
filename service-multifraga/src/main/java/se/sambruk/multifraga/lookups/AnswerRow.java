package se.sambruk.multifraga.lookups;

import se.sambruk.multifraga.sources.SourceAnswer;

/** One person's answer from one source, opened for showing. */
public record AnswerRow(int personIndex, String personMasked, String source, String sourceName, SourceAnswer answer, Integer durationMs) {

    public boolean pending() {
        return answer.state() == SourceAnswer.State.PENDING;
    }
}
