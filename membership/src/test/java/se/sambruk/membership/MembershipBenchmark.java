package se.sambruk.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import se.sambruk.core.MemberRegister;
import se.sambruk.membership.fees.FeeBand;
import se.sambruk.membership.fees.FeeRules;
import se.sambruk.membership.goals.GoalFigures;

/**
 * The membership administration's two computations at full scale: every municipality of Sweden
 * (290) and the regions a member, all seven services in use, ten networks. Run by
 * {@code bench/membership.sh}; prints the time per computation. Not a test.
 */
public final class MembershipBenchmark {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Random random = new Random(2022);
        LocalDate today = LocalDate.of(2022, 6, 15);
        List<FeeRules.Band> bands = List.of(
                new FeeRules.Band(1, FeeBand.Category.MUNICIPALITY, 0, 7_000, 5_000_00, 5_000_00),
                new FeeRules.Band(2, FeeBand.Category.MUNICIPALITY, 7_000, 15_000, 5_000_00, 10_000_00),
                new FeeRules.Band(3, FeeBand.Category.MUNICIPALITY, 15_000, 25_000, 10_000_00, 25_000_00),
                new FeeRules.Band(4, FeeBand.Category.MUNICIPALITY, 25_000, 50_000, 10_000_00, 35_000_00),
                new FeeRules.Band(5, FeeBand.Category.MUNICIPALITY, 50_000, 100_000, 10_000_00, 50_000_00),
                new FeeRules.Band(6, FeeBand.Category.MUNICIPALITY, 100_000, 150_000, 20_000_00, 65_000_00),
                new FeeRules.Band(7, FeeBand.Category.MUNICIPALITY, 150_000, null, 25_000_00, 80_000_00),
                new FeeRules.Band(8, FeeBand.Category.OTHER, null, null, 5_000_00, 25_000_00));
        List<FeeRules.Payer> payers = new ArrayList<>();
        List<MemberRegister.Membership> memberships = new ArrayList<>();
        Map<Long, Set<String>> usage = new HashMap<>();
        String[] services = {"bibblix", "egil", "fixamingata", "multifraga", "provisum", "tillarbetslivet", "uka"};
        for (long id = 1; id <= 310; id++) {
            boolean municipality = id <= 290;
            int population = 2_500 + random.nextInt(200_000);
            LocalDate since = LocalDate.of(2005 + random.nextInt(18), 1 + random.nextInt(12), 1);
            payers.add(new FeeRules.Payer(id, "Org " + id, municipality ? "MUNICIPALITY" : "REGION", municipality ? population : null,
                    since, null, random.nextInt(20) == 0));
            memberships.add(new MemberRegister.Membership(new MemberRegister.OrganisationRef(id, "Org " + id,
                    municipality ? "MUNICIPALITY" : "REGION", population, null), "ACTIVE", since, null));
            Set<String> used = new HashSet<>();
            for (String service : services) {
                if (random.nextInt(3) == 0) {
                    used.add(service);
                }
            }
            usage.put(id, used);
        }
        Map<String, String> names = new HashMap<>();
        for (String service : services) {
            names.put(service, service);
        }
        List<GoalFigures.NetworkParticipation> networks = new ArrayList<>();
        for (long network = 1; network <= 10; network++) {
            Set<Long> participants = new HashSet<>();
            for (int i = 0; i < 40; i++) {
                participants.add(1L + random.nextInt(310));
            }
            networks.add(new GoalFigures.NetworkParticipation(network, "Nätverk " + network, participants));
        }

        long checksum = 0;
        for (int warmup = 0; warmup < rounds / 4; warmup++) {
            checksum += FeeRules.total(FeeRules.fees(bands, payers, 2022));
            checksum += GoalFigures.compute(today, memberships, usage, names, networks).members();
        }
        long started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            checksum += FeeRules.total(FeeRules.fees(bands, payers, 2022));
        }
        long fees = System.nanoTime() - started;
        started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            checksum += GoalFigures.compute(today, memberships, usage, names, networks).members();
        }
        long goals = System.nanoTime() - started;
        System.out.printf("fees of 310 members: %.1f µs per calculation (%d rounds)%n", fees / 1000.0 / rounds, rounds);
        System.out.printf("goal figures of 310 members, 7 services, 10 networks: %.1f µs per calculation (%d rounds)%n",
                goals / 1000.0 / rounds, rounds);
        System.out.println("checksum " + checksum);
    }

    private MembershipBenchmark() {
    }
}
