package se.sambruk.tillarbetslivet.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The result of one run of a rule: every pupil's outcome, and the seats left per place. */
public record Allocation(AllocationRule rule, long seed, List<PupilOutcome> outcomes, Map<Long, Integer> freeSeats) {

    public Allocation {
        outcomes = List.copyOf(outcomes);
        freeSeats = Map.copyOf(freeSeats);
    }

    public Optional<PupilOutcome> outcomeOf(long pupilId) {
        return outcomes.stream().filter(outcome -> outcome.pupilId() == pupilId).findFirst();
    }

    /** The place of every placed pupil. */
    public Map<Long, Long> placeByPupil() {
        Map<Long, Long> places = new HashMap<>();
        for (PupilOutcome outcome : outcomes) {
            if (outcome.placed()) {
                places.put(outcome.pupilId(), outcome.placeId());
            }
        }
        return places;
    }

    /** How many pupils got their first, second, ... choice (key 1, 2, ...), and how many none (key 0). */
    public Map<Integer, Integer> countByChoiceRank() {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (PupilOutcome outcome : outcomes) {
            counts.merge(outcome.choiceRank(), 1, Integer::sum);
        }
        return counts;
    }
}
