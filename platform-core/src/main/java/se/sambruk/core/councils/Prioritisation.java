package se.sambruk.core.councils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a prioritisation round is counted, without any database. Each organisation hands in one
 * ballot, reduced to a number per proposal:
 * <ul>
 *   <li>{@link Method#BUDGET_PICKS}: 1 for each proposal it picks; its picks must fit in the budget.</li>
 *   <li>{@link Method#POINTS}: the points it gives each proposal, at most the round's points in all.</li>
 *   <li>{@link Method#PAIRWISE}: it compares every pair of proposals; a proposal gets one for every
 *       comparison it wins (all pairs must be answered).</li>
 * </ul>
 * A proposal's score is the sum over the ballots. The ranking is by score; a tie goes to the cheaper
 * proposal, then to the earlier one (lower id). Going down the ranking, every proposal that still
 * fits in what is left of the budget is funded.
 */
public final class Prioritisation {

    private Prioritisation() {
    }

    public enum Method { BUDGET_PICKS, POINTS, PAIRWISE }

    public record Candidate(long proposalId, long costOre) {
    }

    public record Ranked(long proposalId, long score, boolean funded) {
    }

    /** A pairwise comparison as answered: {@code winner} is {@code first} or {@code second}. */
    public record Comparison(long first, long second, long winner) {
    }

    /** Checks a ballot of picks and returns its values; throws IllegalArgumentException with a message key. */
    public static Map<Long, Integer> picks(List<Candidate> candidates, long budgetOre, Set<Long> picked) {
        if (picked.isEmpty()) {
            throw new IllegalArgumentException("priority.picks.none");
        }
        Map<Long, Long> costs = costs(candidates);
        long total = 0;
        Map<Long, Integer> values = new LinkedHashMap<>();
        for (Long id : picked) {
            Long cost = costs.get(id);
            if (cost == null) {
                throw new IllegalArgumentException("priority.candidate.unknown");
            }
            total += cost;
            values.put(id, 1);
        }
        if (total > budgetOre) {
            throw new IllegalArgumentException("priority.picks.overBudget");
        }
        return values;
    }

    public static Map<Long, Integer> points(List<Candidate> candidates, int pointsPerOrganisation, Map<Long, Integer> given) {
        Map<Long, Long> costs = costs(candidates);
        long total = 0;
        Map<Long, Integer> values = new LinkedHashMap<>();
        for (Map.Entry<Long, Integer> entry : given.entrySet()) {
            if (!costs.containsKey(entry.getKey())) {
                throw new IllegalArgumentException("priority.candidate.unknown");
            }
            if (entry.getValue() == null || entry.getValue() < 0) {
                throw new IllegalArgumentException("priority.points.invalid");
            }
            total += entry.getValue();
            if (entry.getValue() > 0) {
                values.put(entry.getKey(), entry.getValue());
            }
        }
        if (total == 0 || total > pointsPerOrganisation) {
            throw new IllegalArgumentException("priority.points.total");
        }
        return values;
    }

    public static Map<Long, Integer> pairwise(List<Candidate> candidates, List<Comparison> comparisons) {
        List<Long> ids = candidates.stream().map(Candidate::proposalId).sorted().toList();
        Map<String, Long> answers = new HashMap<>();
        for (Comparison comparison : comparisons) {
            long low = Math.min(comparison.first(), comparison.second());
            long high = Math.max(comparison.first(), comparison.second());
            if (low == high || !ids.contains(low) || !ids.contains(high) || comparison.winner() != low && comparison.winner() != high) {
                throw new IllegalArgumentException("priority.candidate.unknown");
            }
            answers.put(low + "-" + high, comparison.winner());
        }
        Map<Long, Integer> wins = new LinkedHashMap<>();
        ids.forEach(id -> wins.put(id, 0));
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Long winner = answers.get(ids.get(i) + "-" + ids.get(j));
                if (winner == null) {
                    throw new IllegalArgumentException("priority.pairs.incomplete");
                }
                wins.merge(winner, 1, Integer::sum);
            }
        }
        return wins;
    }

    /** The ranking of the candidates from the ballots (organisation → proposal → value). */
    public static List<Ranked> rank(List<Candidate> candidates, long budgetOre, List<Map<Long, Integer>> ballots) {
        Map<Long, Long> scores = new HashMap<>();
        candidates.forEach(candidate -> scores.put(candidate.proposalId(), 0L));
        for (Map<Long, Integer> ballot : ballots) {
            ballot.forEach((id, value) -> scores.computeIfPresent(id, (key, score) -> score + value));
        }
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.<Candidate>comparingLong(candidate -> -scores.get(candidate.proposalId()))
                .thenComparingLong(Candidate::costOre).thenComparingLong(Candidate::proposalId));
        long left = budgetOre;
        List<Ranked> ranking = new ArrayList<>();
        for (Candidate candidate : order) {
            long score = scores.get(candidate.proposalId());
            boolean funded = score > 0 && candidate.costOre() <= left;
            if (funded) {
                left -= candidate.costOre();
            }
            ranking.add(new Ranked(candidate.proposalId(), score, funded));
        }
        return ranking;
    }

    private static Map<Long, Long> costs(List<Candidate> candidates) {
        Map<Long, Long> costs = new HashMap<>();
        candidates.forEach(candidate -> costs.put(candidate.proposalId(), candidate.costOre()));
        return costs;
    }
}
