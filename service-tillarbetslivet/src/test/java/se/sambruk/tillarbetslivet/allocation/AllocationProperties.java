package se.sambruk.tillarbetslivet.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.sambruk.tillarbetslivet.allocation.AllocationProblem.Applicant;
import se.sambruk.tillarbetslivet.allocation.AllocationProblem.Place;

import static org.assertj.core.api.Assertions.assertThat;

/** What every rule guarantees, and what deferred acceptance guarantees beyond the others, on random seasons. */
class AllocationProperties {

    @Property(tries = 300)
    void everyRuleRespectsSeatsAndChoices(@ForAll("problems") AllocationProblem problem, @ForAll AllocationRule rule) {
        Allocation allocation = rule.allocate(problem, 3);
        Map<Long, Integer> taken = new HashMap<>();
        for (Applicant applicant : problem.applicants()) {
            PupilOutcome outcome = allocation.outcomeOf(applicant.pupilId()).orElseThrow();
            if (outcome.placed()) {
                assertThat(applicant.choices()).contains(outcome.placeId());
                assertThat(applicant.choices().get(outcome.choiceRank() - 1)).isEqualTo(outcome.placeId());
                taken.merge(outcome.placeId(), 1, Integer::sum);
            }
            assertThat(outcome.missed()).hasSize(outcome.placed() ? outcome.choiceRank() - 1 : applicant.choices().size());
        }
        for (Place place : problem.places()) {
            int used = taken.getOrDefault(place.placeId(), 0);
            assertThat(used).isLessThanOrEqualTo(place.seats());
            assertThat(allocation.freeSeats().get(place.placeId())).isEqualTo(place.seats() - used);
        }
        assertThat(allocation.outcomes()).hasSize(problem.applicants().size());
    }

    @Property(tries = 300)
    void noSeatIsLeftEmptyThatAnUnplacedPupilWanted(@ForAll("problems") AllocationProblem problem, @ForAll AllocationRule rule) {
        Allocation allocation = rule.allocate(problem, 3);
        for (PupilOutcome outcome : allocation.outcomes()) {
            for (MissedChoice missed : outcome.missed()) {
                assertThat(allocation.freeSeats().get(missed.placeId())).as("a place the pupil preferred has room").isZero();
            }
        }
    }

    @Property(tries = 200)
    void theSameSeedGivesTheSameAllocationWhateverTheOrderOfTheLists(@ForAll("problems") AllocationProblem problem,
                                                                     @ForAll AllocationRule rule) {
        List<Applicant> shuffled = new ArrayList<>(problem.applicants());
        Collections.reverse(shuffled);
        List<Place> places = new ArrayList<>(problem.places());
        Collections.reverse(places);
        AllocationProblem reordered = new AllocationProblem(shuffled, places, problem.seed());
        assertThat(rule.allocate(reordered, 3).placeByPupil()).isEqualTo(rule.allocate(problem, 3).placeByPupil());
    }

    @Property(tries = 300)
    void deferredAcceptanceIsStable(@ForAll("problems") AllocationProblem problem) {
        Allocation allocation = AllocationRule.DEFERRED_ACCEPTANCE.allocate(problem, 0);
        Map<Long, Integer> lottery = Lottery.draw(problem.applicants().stream().map(Applicant::pupilId).toList(), problem.seed());
        Map<Long, Long> placeOf = allocation.placeByPupil();
        for (PupilOutcome outcome : allocation.outcomes()) {
            for (MissedChoice missed : outcome.missed()) {
                if (missed.reason() == Reason.NO_SEATS) {
                    continue;
                }
                // Every pupil holding a seat there has a better number: no blocking pair.
                placeOf.forEach((pupil, place) -> {
                    if (place == missed.placeId()) {
                        assertThat(lottery.get(pupil)).isLessThan(outcome.lotteryNumber());
                    }
                });
                assertThat(missed.lastAdmittedNumber()).isLessThan(outcome.lotteryNumber());
            }
        }
    }

    @Property(tries = 300)
    void withOneLotteryDeferredAcceptanceEqualsServingPupilsInLotteryOrder(@ForAll("problems") AllocationProblem problem) {
        assertThat(AllocationRule.DEFERRED_ACCEPTANCE.allocate(problem, 0).placeByPupil())
                .isEqualTo(AllocationRule.ENOUGH_CHOICES_FIRST.allocate(problem, 0).placeByPupil());
    }

    /** No list a pupil could hand in instead of their true one gets them a place they truly prefer. */
    @Property(tries = 150)
    void rankingTrulyIsAlwaysBestUnderDeferredAcceptance(@ForAll("smallProblems") AllocationProblem problem) {
        Applicant liar = problem.applicants().get(0);
        int truthful = trueRank(liar, AllocationRule.DEFERRED_ACCEPTANCE.allocate(problem, 0).outcomeOf(liar.pupilId()).orElseThrow());
        for (List<Long> report : allLists(problem.places().stream().map(Place::placeId).toList(), 3)) {
            List<Applicant> applicants = new ArrayList<>(problem.applicants());
            applicants.set(0, new Applicant(liar.pupilId(), report));
            PupilOutcome lied = AllocationRule.DEFERRED_ACCEPTANCE.allocate(new AllocationProblem(applicants, problem.places(), problem.seed()), 0)
                    .outcomeOf(liar.pupilId()).orElseThrow();
            assertThat(trueRank(liar, lied)).as("reporting %s instead of %s", report, liar.choices()).isGreaterThanOrEqualTo(truthful);
        }
    }

    @Property(tries = 200)
    void countsByChoiceAddUpToThePupils(@ForAll("problems") AllocationProblem problem, @ForAll AllocationRule rule) {
        assertThat(rule.allocate(problem, 3).countByChoiceRank().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(problem.applicants().size());
    }

    /** The rank of what the pupil got on their true list; unranked or nothing counts as worst. */
    private static int trueRank(Applicant truth, PupilOutcome outcome) {
        int rank = outcome.placed() ? truth.choices().indexOf(outcome.placeId()) : -1;
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }

    private static List<List<Long>> allLists(List<Long> places, int maxLength) {
        List<List<Long>> lists = new ArrayList<>();
        lists.add(List.of());
        for (int length = 1; length <= maxLength; length++) {
            List<List<Long>> longer = new ArrayList<>();
            for (List<Long> list : lists) {
                if (list.size() == length - 1) {
                    for (Long place : places) {
                        if (!list.contains(place)) {
                            List<Long> extended = new ArrayList<>(list);
                            extended.add(place);
                            longer.add(extended);
                        }
                    }
                }
            }
            lists.addAll(longer);
        }
        return lists;
    }

    @Provide
    Arbitrary<AllocationProblem> problems() {
        return problems(25, 12, 4);
    }

    @Provide
    Arbitrary<AllocationProblem> smallProblems() {
        return problems(5, 4, 1);
    }

    private static Arbitrary<AllocationProblem> problems(int maxPupils, int maxPlaces, int maxSeats) {
        return Combinators.combine(
                Arbitraries.integers().between(1, maxPupils),
                Arbitraries.integers().between(1, maxSeats).list().ofMinSize(1).ofMaxSize(maxPlaces),
                Arbitraries.longs(),
                Arbitraries.longs()).as((pupils, seats, seed, choiceSeed) -> {
            List<Place> places = new ArrayList<>();
            for (int s = 0; s < seats.size(); s++) {
                places.add(new Place(100 + s, s % 7 == 6 ? 0 : seats.get(s)));
            }
            java.util.SplittableRandom random = new java.util.SplittableRandom(choiceSeed);
            List<Applicant> applicants = new ArrayList<>();
            for (int p = 0; p < pupils; p++) {
                List<Long> ids = new ArrayList<>(places.stream().map(Place::placeId).toList());
                Collections.shuffle(ids, new java.util.Random(random.nextLong()));
                applicants.add(new Applicant(1000 + p * 7L, ids.subList(0, random.nextInt(Math.min(6, ids.size()) + 1))));
            }
            return new AllocationProblem(applicants, places, seed);
        });
    }
}
