package se.sambruk.tillarbetslivet.allocation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.PriorityQueue;

/**
 * Student-proposing deferred acceptance with a single lottery as every place's order. Each pupil
 * without a seat asks their next choice; a place holds the best-numbered pupils up to its seats
 * and turns the worst away, who then asks their next choice. Nothing is final until nobody asks.
 *
 * <p>The result is stable (no pupil and place would both rather have each other) and
 * strategy-proof for pupils. With one lottery for all places it gives the same result as serving
 * pupils one by one in lottery order.
 */
final class DeferredAcceptance {

    Allocation allocate(AllocationProblem problem) {
        IndexedProblem in = new IndexedProblem(problem);
        int[] next = new int[in.pupils];
        @SuppressWarnings("unchecked")
        PriorityQueue<Integer>[] held = new PriorityQueue[in.places];
        Comparator<Integer> worstFirst = Comparator.comparingInt((Integer p) -> in.lottery[p]).reversed();
        for (int s = 0; s < in.places; s++) {
            held[s] = new PriorityQueue<>(Math.max(1, in.seats[s] + 1), worstFirst);
        }
        Deque<Integer> asking = new ArrayDeque<>(in.pupils);
        for (int p = 0; p < in.pupils; p++) {
            asking.add(p);
        }
        while (!asking.isEmpty()) {
            int p = asking.poll();
            if (next[p] >= in.choices[p].length) {
                continue;
            }
            int s = in.choices[p][next[p]++];
            if (in.seats[s] == 0) {
                asking.push(p);
                continue;
            }
            held[s].add(p);
            if (held[s].size() > in.seats[s]) {
                asking.push(held[s].poll());
            }
        }
        int[] placeOfPupil = new int[in.pupils];
        Arrays.fill(placeOfPupil, -1);
        for (int s = 0; s < in.places; s++) {
            for (int p : held[s]) {
                placeOfPupil[p] = s;
            }
        }
        int[] worst = in.worstAdmitted(placeOfPupil, in.lottery);
        // Stability: a place a pupil ranked higher is full of pupils with better numbers.
        return in.result(AllocationRule.DEFERRED_ACCEPTANCE, placeOfPupil, in.lottery,
                (p, s, rank) -> new MissedChoice(in.placeIds[s], rank + 1, Reason.TAKEN_BY_BETTER_LOTTERY_NUMBERS, worst[s]));
    }
}
