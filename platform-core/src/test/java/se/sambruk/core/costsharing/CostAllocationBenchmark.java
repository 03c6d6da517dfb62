package se.sambruk.core.costsharing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import se.sambruk.core.costsharing.CostAllocation.Unit;

/**
 * Benchmark (not a test): the shares of all 290 municipalities subscribing to all seven
 * services, by every allocation key. Run with bench/cost-sharing.sh; see bench/README.md.
 */
public final class CostAllocationBenchmark {

    private static final int SERVICES = 7;
    private static final AllocationKey[] KEYS = {AllocationKey.EQUAL, AllocationKey.POPULATION, AllocationKey.BASE_PLUS_PER_CAPITA};

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        List<Unit> municipalities = municipalities();
        long budget = 1_226_340_00L; // a service's yearly cost in öre
        long sink = 0;
        for (int warmup = 0; warmup < rounds / 4; warmup++) {
            sink += allServices(municipalities, budget, KEYS[warmup % KEYS.length]);
        }
        for (AllocationKey key : KEYS) {
            long start = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                sink += allServices(municipalities, budget, key);
            }
            double micros = (System.nanoTime() - start) / 1_000.0 / rounds;
            System.out.printf("%-22s %d municipalities x %d services: %.1f µs per full computation (%d rounds)%n",
                    key, municipalities.size(), SERVICES, micros, rounds);
        }
        System.out.println("checksum " + sink);
    }

    private static long allServices(List<Unit> municipalities, long budget, AllocationKey key) {
        long total = 0;
        for (int service = 0; service < SERVICES; service++) {
            for (CostAllocation.Share share : CostAllocation.allocate(budget, key, 30, municipalities)) {
                total += share.amount();
            }
        }
        if (total != budget * SERVICES) {
            throw new IllegalStateException("The shares do not add up");
        }
        return total;
    }

    private static List<Unit> municipalities() throws Exception {
        List<Unit> units = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                CostAllocationBenchmark.class.getResourceAsStream("/reference-data/municipalities.csv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            long id = 1;
            while ((line = reader.readLine()) != null) {
                String[] row = line.split(",");
                int months = id % 10 == 0 ? 6 : 12; // every tenth joined in mid-year
                units.add(new Unit(id, id, Long.parseLong(row[4]), 0, months));
                id++;
            }
        }
        return units;
    }
}
