package se.sambruk.tillarbetslivet.allocation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.sambruk.tillarbetslivet.allocation.AllocationProblem.Applicant;
import se.sambruk.tillarbetslivet.allocation.AllocationProblem.Place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationRulesTest {

    @Test
    void theLotteryIsAPermutationFixedByItsSeed() {
        Map<Long, Integer> first = Lottery.draw(List.of(5L, 3L, 9L, 1L), 42);
        assertThat(first.values()).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(Lottery.draw(List.of(9L, 1L, 5L, 3L), 42)).isEqualTo(first);
        assertThat(Lottery.draw(List.of(5L, 3L, 9L, 1L), 43)).isNotEqualTo(first);
    }

    /**
     * Why the coordinator should pick deferred acceptance: under rank with lottery a pupil who
     * knows their first choice is popular gains by ranking a safer place first; under deferred
     * acceptance the same trick gains nothing.
     */
    @Test
    void underRankWithLotteryAPupilGainsByLyingButNotUnderDeferredAcceptance() {
        long seed = seedWhere(1L, 2L, 3L);
        // Pupils 1 and 2 both want A most; pupil 3 wants B most. A and B have one seat each.
        // Lottery: 1 best, then 2, then 3. Truthful pupil 2: A, B.
        List<Place> places = List.of(new Place(10, 1), new Place(20, 1));
        List<Applicant> truthful = List.of(new Applicant(1, List.of(10L, 20L)), new Applicant(2, List.of(10L, 20L)),
                new Applicant(3, List.of(20L, 10L)));
        // Under rank with lottery, pupil 2 loses A to pupil 1 in round 1, and B goes to pupil 3 in round 1.
        Allocation rank = AllocationRule.RANK_WITH_LOTTERY.allocate(new AllocationProblem(truthful, places, seed), 0);
        assertThat(rank.outcomeOf(2).orElseThrow().placed()).isFalse();
        // Had pupil 2 ranked B first, they would have beaten pupil 3 in round 1's lottery for B.
        List<Applicant> pupil2Lies = List.of(truthful.get(0), new Applicant(2, List.of(20L, 10L)), truthful.get(2));
        assertThat(AllocationRule.RANK_WITH_LOTTERY.allocate(new AllocationProblem(pupil2Lies, places, seed), 0)
                .outcomeOf(2).orElseThrow().placeId()).isEqualTo(20L);
        // Under deferred acceptance the truthful list already gives pupil 2 place B.
        Allocation deferred = AllocationRule.DEFERRED_ACCEPTANCE.allocate(new AllocationProblem(truthful, places, seed), 0);
        assertThat(deferred.outcomeOf(2).orElseThrow().placeId()).isEqualTo(20L);
        PupilOutcome three = deferred.outcomeOf(3).orElseThrow();
        assertThat(three.placed()).isFalse();
        assertThat(three.missed()).extracting(MissedChoice::reason).containsOnly(Reason.TAKEN_BY_BETTER_LOTTERY_NUMBERS);
    }

    @Test
    void explainsEachMissedChoiceUnderRankWithLottery() {
        long seed = seedWhere(1L, 2L, 3L);
        List<Place> places = List.of(new Place(10, 1), new Place(20, 1), new Place(30, 1));
        List<Applicant> applicants = List.of(new Applicant(1, List.of(10L)), new Applicant(2, List.of(10L, 20L)),
                new Applicant(3, List.of(20L, 10L, 30L)));
        Allocation allocation = AllocationRule.RANK_WITH_LOTTERY.allocate(new AllocationProblem(applicants, places, seed), 0);
        PupilOutcome two = allocation.outcomeOf(2).orElseThrow();
        assertThat(two.placed()).isFalse();
        assertThat(two.missed()).containsExactly(new MissedChoice(10, 1, Reason.LOST_LOTTERY_IN_ROUND, 1),
                new MissedChoice(20, 2, Reason.FILLED_IN_EARLIER_ROUND, 0));
        assertThat(allocation.outcomeOf(3).orElseThrow().choiceRank()).isEqualTo(1);
    }

    @Test
    void enoughChoicesFirstServesPupilsWithFullListsBeforeTheOthers() {
        long seed = seedWhere(1L, 2L);
        List<Place> places = List.of(new Place(10, 1), new Place(20, 1));
        // Pupil 1 has the better number but only one choice; pupil 2 made two.
        List<Applicant> applicants = List.of(new Applicant(1, List.of(10L)), new Applicant(2, List.of(10L, 20L)));
        Allocation allocation = AllocationRule.ENOUGH_CHOICES_FIRST.allocate(new AllocationProblem(applicants, places, seed), 2);
        assertThat(allocation.outcomeOf(2).orElseThrow().placeId()).isEqualTo(10L);
        PupilOutcome one = allocation.outcomeOf(1).orElseThrow();
        assertThat(one.queuePosition()).isEqualTo(2);
        assertThat(one.missed()).containsExactly(new MissedChoice(10, 1, Reason.TAKEN_BY_PUPILS_AHEAD_IN_LINE, 1));
    }

    @Test
    void aPlaceWithoutSeatsIsExplainedAsSuch() {
        Allocation allocation = AllocationRule.DEFERRED_ACCEPTANCE.allocate(
                new AllocationProblem(List.of(new Applicant(1, List.of(10L, 20L))), List.of(new Place(10, 0), new Place(20, 1)), 7), 0);
        assertThat(allocation.outcomeOf(1).orElseThrow().missed()).containsExactly(new MissedChoice(10, 1, Reason.NO_SEATS, 0));
    }

    @Test
    void refusesChoicesOfPlacesNotOfferedAndDoubleChoices() {
        assertThatThrownBy(() -> new AllocationProblem(List.of(new Applicant(1, List.of(99L))), List.of(new Place(10, 1)), 1))
                .hasMessageContaining("not offered");
        assertThatThrownBy(() -> new Applicant(1, List.of(10L, 10L))).hasMessageContaining("twice");
    }

    /** A seed whose lottery ranks the given pupils in the given order (1 best). */
    private static long seedWhere(Long... pupilsInOrder) {
        for (long seed = 0; ; seed++) {
            Map<Long, Integer> numbers = Lottery.draw(List.of(pupilsInOrder), seed);
            boolean ordered = true;
            for (int i = 0; i < pupilsInOrder.length; i++) {
                ordered &= numbers.get(pupilsInOrder[i]) == i + 1;
            }
            if (ordered) {
                return seed;
            }
        }
    }
}
