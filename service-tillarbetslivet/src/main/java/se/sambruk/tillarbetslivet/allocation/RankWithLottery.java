package se.sambruk.tillarbetslivet.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * By rank with a lottery for ties (immediate acceptance): in round r every pupil still without a
 * seat applies to their r-th choice; a place with room for all takes all, a place with too little
 * room takes the best lottery numbers. Seats given are final.
 */
final class RankWithLottery {

    Allocation allocate(AllocationProblem problem) {
        IndexedProblem in = new IndexedProblem(problem);
        int[] left = in.seats.clone();
        int[] placeOfPupil = new int[in.pupils];
        Arrays.fill(placeOfPupil, -1);
        // roundFilled[s]: the round (0-based) in which place s ran out of seats, or -1
        int[] roundFilled = new int[in.places];
        Arrays.fill(roundFilled, -1);
        // cutoff[s]: the worst lottery number admitted to s in the round it ran out
        int[] cutoff = new int[in.places];
        int rounds = Arrays.stream(in.choices).mapToInt(c -> c.length).max().orElse(0);
        for (int round = 0; round < rounds; round++) {
            List<List<Integer>> applicants = new ArrayList<>(in.places);
            for (int s = 0; s < in.places; s++) {
                applicants.add(new ArrayList<>());
            }
            for (int p = 0; p < in.pupils; p++) {
                if (placeOfPupil[p] < 0 && round < in.choices[p].length) {
                    applicants.get(in.choices[p][round]).add(p);
                }
            }
            for (int s = 0; s < in.places; s++) {
                List<Integer> wanting = applicants.get(s);
                if (wanting.isEmpty() || left[s] == 0) {
                    continue;
                }
                wanting.sort(Comparator.comparingInt(p -> in.lottery[p]));
                int admitted = Math.min(left[s], wanting.size());
                for (int i = 0; i < admitted; i++) {
                    placeOfPupil[wanting.get(i)] = s;
                }
                left[s] -= admitted;
                if (left[s] == 0) {
                    roundFilled[s] = round;
                    cutoff[s] = in.lottery[wanting.get(admitted - 1)];
                }
            }
        }
        return in.result(AllocationRule.RANK_WITH_LOTTERY, placeOfPupil, in.lottery, (p, s, rank) ->
                roundFilled[s] < rank
                        ? new MissedChoice(in.placeIds[s], rank + 1, Reason.FILLED_IN_EARLIER_ROUND, 0)
                        : new MissedChoice(in.placeIds[s], rank + 1, Reason.LOST_LOTTERY_IN_ROUND, cutoff[s]));
    }
}
