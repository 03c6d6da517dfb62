package se.sambruk.tillarbetslivet.allocation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Pupils who made at least {@code enoughChoices} choices are served first, in lottery order, then
 * the rest in lottery order; each takes their best choice that still has a seat.
 */
final class EnoughChoicesFirst {

    private final int enoughChoices;

    EnoughChoicesFirst(int enoughChoices) {
        if (enoughChoices < 0) {
            throw new IllegalArgumentException("enoughChoices must not be negative");
        }
        this.enoughChoices = enoughChoices;
    }

    Allocation allocate(AllocationProblem problem) {
        IndexedProblem in = new IndexedProblem(problem);
        int[] order = IntStream.range(0, in.pupils).boxed()
                .sorted(Comparator.comparingInt((Integer p) -> in.choices[p].length >= enoughChoices ? 0 : 1)
                        .thenComparingInt(p -> in.lottery[p]))
                .mapToInt(Integer::intValue).toArray();
        int[] queuePosition = new int[in.pupils];
        int[] left = in.seats.clone();
        int[] placeOfPupil = new int[in.pupils];
        Arrays.fill(placeOfPupil, -1);
        for (int turn = 0; turn < order.length; turn++) {
            int p = order[turn];
            queuePosition[p] = turn + 1;
            for (int s : in.choices[p]) {
                if (left[s] > 0) {
                    left[s]--;
                    placeOfPupil[p] = s;
                    break;
                }
            }
        }
        int[] lastTurn = in.worstAdmitted(placeOfPupil, queuePosition);
        return in.result(AllocationRule.ENOUGH_CHOICES_FIRST, placeOfPupil, queuePosition,
                (p, s, rank) -> new MissedChoice(in.placeIds[s], rank + 1, Reason.TAKEN_BY_PUPILS_AHEAD_IN_LINE, lastTurn[s]));
    }
}
