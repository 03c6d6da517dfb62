package se.sambruk.core.councils;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.sambruk.core.councils.Prioritisation.Candidate;
import se.sambruk.core.councils.Prioritisation.Comparison;
import se.sambruk.core.councils.Prioritisation.Ranked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrioritisationTest {

    // three proposals: 1 costs 100, 2 costs 200, 3 costs 300; the budget is 400
    private static final List<Candidate> CANDIDATES = List.of(new Candidate(1, 100), new Candidate(2, 200), new Candidate(3, 300));
    private static final long BUDGET = 400;

    @Test
    void picksMustFitTheBudgetAndTheRankingFundsWhatFits() {
        Map<Long, Integer> a = Prioritisation.picks(CANDIDATES, BUDGET, Set.of(1L, 3L));
        Map<Long, Integer> b = Prioritisation.picks(CANDIDATES, BUDGET, Set.of(3L));
        Map<Long, Integer> c = Prioritisation.picks(CANDIDATES, BUDGET, Set.of(2L, 1L));
        assertThatThrownBy(() -> Prioritisation.picks(CANDIDATES, BUDGET, Set.of(2L, 3L))).hasMessage("priority.picks.overBudget");
        assertThatThrownBy(() -> Prioritisation.picks(CANDIDATES, BUDGET, Set.of())).hasMessage("priority.picks.none");
        assertThatThrownBy(() -> Prioritisation.picks(CANDIDATES, BUDGET, Set.of(9L))).hasMessage("priority.candidate.unknown");
        // 3 has two picks, 1 two, 2 one: the tie between 3 and 1 goes to the cheaper (1); 3 still fits (100 + 300), 2 does not
        assertThat(Prioritisation.rank(CANDIDATES, BUDGET, List.of(a, b, c))).containsExactly(
                new Ranked(1, 2, true), new Ranked(3, 2, true), new Ranked(2, 1, false));
    }

    @Test
    void pointsAreSpreadWithinTheRoundsPoints() {
        Map<Long, Integer> a = Prioritisation.points(CANDIDATES, 100, Map.of(1L, 10, 2L, 60, 3L, 30));
        Map<Long, Integer> b = Prioritisation.points(CANDIDATES, 100, Map.of(2L, 50, 3L, 50));
        assertThatThrownBy(() -> Prioritisation.points(CANDIDATES, 100, Map.of(1L, 60, 2L, 41))).hasMessage("priority.points.total");
        assertThatThrownBy(() -> Prioritisation.points(CANDIDATES, 100, Map.of(1L, -1))).hasMessage("priority.points.invalid");
        assertThatThrownBy(() -> Prioritisation.points(CANDIDATES, 100, Map.of(1L, 0))).hasMessage("priority.points.total");
        // 2: 110, 3: 80, 1: 10; 2 (200) fits, 3 (300) no longer does, 1 (100) fills the rest
        assertThat(Prioritisation.rank(CANDIDATES, BUDGET, List.of(a, b))).containsExactly(
                new Ranked(2, 110, true), new Ranked(3, 80, false), new Ranked(1, 10, true));
    }

    @Test
    void pairwiseComparisonsCountTheWins() {
        // one organisation prefers 3 > 1 > 2, another 1 > 3 > 2
        Map<Long, Integer> a = Prioritisation.pairwise(CANDIDATES, List.of(
                new Comparison(1, 2, 1), new Comparison(1, 3, 3), new Comparison(2, 3, 3)));
        Map<Long, Integer> b = Prioritisation.pairwise(CANDIDATES, List.of(
                new Comparison(2, 1, 1), new Comparison(3, 1, 1), new Comparison(3, 2, 3)));
        assertThat(a).containsEntry(3L, 2).containsEntry(1L, 1).containsEntry(2L, 0);
        assertThatThrownBy(() -> Prioritisation.pairwise(CANDIDATES, List.of(new Comparison(1, 2, 1))))
                .hasMessage("priority.pairs.incomplete");
        assertThatThrownBy(() -> Prioritisation.pairwise(CANDIDATES, List.of(new Comparison(1, 2, 3))))
                .hasMessage("priority.candidate.unknown");
        // 1: 3 wins, 3: 3 wins (tie: 1 is cheaper), 2: none (and so never funded)
        assertThat(Prioritisation.rank(CANDIDATES, BUDGET, List.of(a, b))).containsExactly(
                new Ranked(1, 3, true), new Ranked(3, 3, true), new Ranked(2, 0, false));
    }

    @Test
    void noBallotsFundNothing() {
        assertThat(Prioritisation.rank(CANDIDATES, BUDGET, List.of())).extracting(Ranked::funded).containsOnly(false);
    }
}
