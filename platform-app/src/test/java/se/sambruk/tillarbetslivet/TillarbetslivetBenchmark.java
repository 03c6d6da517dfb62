package se.sambruk.tillarbetslivet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.tillarbetslivet.allocation.AllocationRule;
import se.sambruk.tillarbetslivet.season.Allocations;
import se.sambruk.tillarbetslivet.season.Placements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Tillarbetslivet benchmark (bench/tillarbetslivet.sh; skipped unless -Dtal.bench=true): 5,000
 * pupils with six choices each (popular places chosen more often) and 3,000 places of 1–3 seats;
 * each rule is run through {@link Allocations#run}, which reads the choices and places from the
 * database, allocates and stores every pupil's result. Deferred acceptance must take under 2 s.
 */
@EnabledIfSystemProperty(named = "tal.bench", matches = "true")
class TillarbetslivetBenchmark extends PlatformTest {

    @Autowired Placements placements;
    @Autowired Allocations allocations;

    @Test
    void fiveThousandPupilsThreeThousandPlaces() {
        int pupilCount = Integer.getInteger("tal.bench.pupils", 5_000);
        int placeCount = Integer.getInteger("tal.bench.places", 3_000);
        long org = organisationId("Sandviken");
        jdbc.update("delete from tillarbetslivet.pupil where organisation_id = ?", org);
        jdbc.update("delete from tillarbetslivet.place where organisation_id = ?", org);
        Random random = new Random(5000);
        List<Long> places = new ArrayList<>();
        LocalDate monday = LocalDate.of(2027, 3, 8);
        for (int i = 0; i < placeCount; i++) {
            places.add(placements.addPlace(org, new Placements.Place(0, "B" + i, "Arbetsplats " + i, "Yrke " + (i % 40), "Gatan " + i,
                    1 + random.nextInt(3), monday, monday.plusDays(4), 14, "Handledare", "h@example.se")));
        }
        long school = placements.school(org, "Benchmarkskolan");
        for (int i = 0; i < pupilCount; i++) {
            long pupil = placements.addPupil(org, school, "Elev " + i, "8A", 8);
            List<Long> choices = new ArrayList<>();
            while (choices.size() < 6) {
                // a long tail: a tenth of the places draw about half of the choices
                int index = random.nextBoolean() ? random.nextInt(placeCount / 10) : random.nextInt(placeCount);
                if (!choices.contains(places.get(index))) {
                    choices.add(places.get(index));
                }
            }
            placements.setChoices(org, pupil, choices);
        }
        for (AllocationRule rule : AllocationRule.values()) {
            allocations.run(org, rule, 1, "warm-up");
        }
        for (AllocationRule rule : AllocationRule.values()) {
            long t = System.nanoTime();
            long run = allocations.run(org, rule, 2027, "bench");
            long ms = (System.nanoTime() - t) / 1_000_000;
            Map<Integer, Integer> byRank = allocations.countByChoiceRank(org, run);
            StringBuilder shares = new StringBuilder();
            byRank.forEach((rank, count) -> shares.append(rank == 0 ? " none " : " " + rank + ". ")
                    .append("%.1f %%".formatted(100.0 * count / pupilCount)));
            System.out.println("TAL-BENCH " + rule + ": " + pupilCount + " pupils, " + placeCount + " places, read+allocate+store "
                    + ms + " ms; choice got:" + shares);
            if (rule == AllocationRule.DEFERRED_ACCEPTANCE) {
                assertThat(ms).as("deferred acceptance, read + allocate + store").isLessThan(2_000);
            }
        }
    }
}
