package se.sambruk.tillarbetslivet.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem with pupils and places as array indexes, the lottery drawn, and the common way to
 * turn an assignment into outcomes. Package-private: the rules share it.
 */
final class IndexedProblem {

    final AllocationProblem problem;
    final int pupils;
    final int places;
    final long[] pupilIds;
    final long[] placeIds;
    final int[] seats;
    /** choices[p] = place indexes, best first. */
    final int[][] choices;
    /** lottery[p] = 1 (best) .. n. */
    final int[] lottery;

    IndexedProblem(AllocationProblem problem) {
        this.problem = problem;
        this.pupils = problem.applicants().size();
        this.places = problem.places().size();
        this.pupilIds = new long[pupils];
        this.placeIds = new long[places];
        this.seats = new int[places];
        Map<Long, Integer> placeIndex = new HashMap<>(places * 2);
        for (int s = 0; s < places; s++) {
            placeIds[s] = problem.places().get(s).placeId();
            seats[s] = problem.places().get(s).seats();
            placeIndex.put(placeIds[s], s);
        }
        this.choices = new int[pupils][];
        List<Long> ids = new ArrayList<>(pupils);
        for (int p = 0; p < pupils; p++) {
            var applicant = problem.applicants().get(p);
            pupilIds[p] = applicant.pupilId();
            ids.add(applicant.pupilId());
            choices[p] = applicant.choices().stream().mapToInt(placeIndex::get).toArray();
        }
        Map<Long, Integer> drawn = Lottery.draw(ids, problem.seed());
        this.lottery = new int[pupils];
        for (int p = 0; p < pupils; p++) {
            lottery[p] = drawn.get(pupilIds[p]);
        }
    }

    /** The rank (0-based) of place s on pupil p's list, or -1. */
    int rankOf(int p, int s) {
        for (int i = 0; i < choices[p].length; i++) {
            if (choices[p][i] == s) {
                return i;
            }
        }
        return -1;
    }

    /** Explains, per rule, why pupil p missed place s that they ranked at (0-based) rank. */
    interface Explainer {
        MissedChoice missed(int p, int s, int rank);
    }

    Allocation result(AllocationRule rule, int[] placeOfPupil, int[] queuePosition, Explainer explainer) {
        int[] free = seats.clone();
        for (int p = 0; p < pupils; p++) {
            if (placeOfPupil[p] >= 0) {
                free[placeOfPupil[p]]--;
            }
        }
        List<PupilOutcome> outcomes = new ArrayList<>(pupils);
        for (int p = 0; p < pupils; p++) {
            int got = placeOfPupil[p];
            int gotRank = got >= 0 ? rankOf(p, got) : choices[p].length;
            List<MissedChoice> missed = new ArrayList<>(gotRank);
            for (int r = 0; r < gotRank; r++) {
                int s = choices[p][r];
                missed.add(seats[s] == 0 ? new MissedChoice(placeIds[s], r + 1, Reason.NO_SEATS, 0) : explainer.missed(p, s, r));
            }
            outcomes.add(new PupilOutcome(pupilIds[p], lottery[p], queuePosition[p], got >= 0 ? placeIds[got] : null,
                    got >= 0 ? gotRank + 1 : 0, missed));
        }
        Map<Long, Integer> freeSeats = new HashMap<>(places * 2);
        for (int s = 0; s < places; s++) {
            freeSeats.put(placeIds[s], free[s]);
        }
        return new Allocation(rule, problem.seed(), outcomes, freeSeats);
    }

    /** For each place, the worst of the given numbers among the pupils placed there (0 if none). */
    int[] worstAdmitted(int[] placeOfPupil, int[] numbers) {
        int[] worst = new int[places];
        for (int p = 0; p < pupils; p++) {
            int s = placeOfPupil[p];
            if (s >= 0) {
                worst[s] = Math.max(worst[s], numbers[p]);
            }
        }
        return worst;
    }
}
