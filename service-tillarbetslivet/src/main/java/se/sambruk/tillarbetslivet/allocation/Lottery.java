package se.sambruk.tillarbetslivet.allocation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The lottery that breaks ties: every pupil gets a number from 1 (best) to n. The same seed and
 * the same pupils give the same numbers, whatever order the pupils are listed in.
 */
public final class Lottery {

    private Lottery() {
    }

    public static Map<Long, Integer> draw(Collection<Long> pupilIds, long seed) {
        long[] ids = pupilIds.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = ids.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = ids[i];
            ids[i] = ids[j];
            ids[j] = swap;
        }
        Map<Long, Integer> numbers = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            numbers.put(ids[i], i + 1);
        }
        return numbers;
    }
}
