package se.sambruk.core.costsharing;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.ServiceUsageFigures;
import se.sambruk.core.catalogue.DigitalService;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.costsharing.CostAllocation.PayingPeriod;
import se.sambruk.core.costsharing.CostAllocation.Share;
import se.sambruk.core.costsharing.CostAllocation.Unit;
import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.organisation.OrganisationType;
import se.sambruk.core.organisation.Organisations;
import se.sambruk.core.subscription.Subscription;
import se.sambruk.core.subscription.Subscriptions;

/**
 * Who pays what of a service's yearly cost: computed from the subscriptions while the year is
 * open, and read back unchanged once staff approve (lock) it.
 */
@Service
public class CostSharing {

    private final CostBudgets budgets;
    private final ServiceCatalogue catalogue;
    private final Subscriptions subscriptions;
    private final Organisations organisations;
    private final JdbcTemplate jdbc;
    private final Map<String, ServiceUsageFigures> usage;
    private final Clock clock;

    CostSharing(CostBudgets budgets, ServiceCatalogue catalogue, Subscriptions subscriptions, Organisations organisations,
                JdbcTemplate jdbc, List<ServiceUsageFigures> usage, Clock clock) {
        this.budgets = budgets;
        this.catalogue = catalogue;
        this.subscriptions = subscriptions;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.usage = usage.stream().collect(Collectors.toMap(ServiceUsageFigures::serviceCode, Function.identity()));
        this.clock = clock;
    }

    /** One municipality's part of a payer's share. */
    public record Item(long municipalityId, String municipality, long population, PayingPeriod period, long amount) {
    }

    /** What one organisation pays, itemised by the municipalities it pays for. */
    public record PayerShare(long payerId, String payer, long amount, List<Item> items) {

        /** The amount per quarter (1-4), split by paying months so that the quarters add up. */
        public long[] quarters() {
            List<java.math.BigInteger> weights = new ArrayList<>();
            long[] quarters = new long[4];
            for (Item item : items) {
                weights.clear();
                for (int quarter = 1; quarter <= 4; quarter++) {
                    weights.add(java.math.BigInteger.valueOf(item.period().monthsInQuarter(quarter)));
                }
                long[] parts = item.period().months() == 0 ? new long[4] : LargestRemainder.split(item.amount(), weights);
                for (int quarter = 0; quarter < 4; quarter++) {
                    quarters[quarter] += parts[quarter];
                }
            }
            return quarters;
        }
    }

    /** The shares of a service's year, or why they cannot be computed. */
    public record Calculation(DigitalService service, CostBudget budget, List<PayerShare> shares, String problem) {

        public long total() {
            return shares.stream().mapToLong(PayerShare::amount).sum();
        }

        public Optional<PayerShare> of(long payerId) {
            return shares.stream().filter(share -> share.payerId() == payerId).findFirst();
        }

        public long amountOf(long payerId) {
            return of(payerId).map(PayerShare::amount).orElse(0L);
        }
    }

    @Transactional(readOnly = true)
    public Optional<DigitalService> service(String code) {
        return catalogue.findByCode(code);
    }

    /** The year's budget, new and empty if staff have not started it. */
    @Transactional(readOnly = true)
    public CostBudget budget(DigitalService service, int year) {
        return budgets.findByServiceIdAndYear(service.getId(), year).orElseGet(() -> new CostBudget(service.getId(), year));
    }

    @Transactional
    public CostBudget save(CostBudget budget) {
        return budgets.save(budget);
    }

    @Transactional(readOnly = true)
    public Calculation calculate(DigitalService service, int year) {
        CostBudget budget = budget(service, year);
        if (budget.isApproved()) {
            return new Calculation(service, budget, lockedShares(budget), null);
        }
        return compute(service, budget, units(service, year));
    }

    /** The shares if {@code municipalityId} joined the service for the whole year. */
    @Transactional(readOnly = true)
    public Calculation whatIf(DigitalService service, int year, long municipalityId) {
        CostBudget budget = budget(service, year);
        List<Unit> units = new ArrayList<>(units(service, year));
        units.removeIf(unit -> unit.municipalityId() == municipalityId);
        organisations.findById(municipalityId).ifPresent(joining -> units.add(new Unit(joining.getId(), joining.getId(),
                population(joining), usageOf(service, year).getOrDefault(joining.getId(), 0L), new PayingPeriod(1, 12))));
        return compute(service, budget, units);
    }

    /** One year of a service: its cost, the municipalities it served, and the cost per municipality. */
    public record YearFigures(int year, long total, int municipalities) {
        public long perMunicipality() {
            return municipalities == 0 ? 0 : total / municipalities;
        }
    }

    /** Every year that has a budget, oldest first, for the chart of cost and users over the years. */
    @Transactional(readOnly = true)
    public List<YearFigures> history(DigitalService service) {
        return budgets.findByServiceIdOrderByYear(service.getId()).stream()
                .map(budget -> new YearFigures(budget.getYear(), budget.total(),
                        (int) calculate(service, budget.getYear()).shares().stream().mapToLong(share -> share.items().size()).sum()))
                .toList();
    }

    /** Locks the year: the computed shares are stored and never change again. */
    @Transactional
    public void approve(DigitalService service, int year, String by) {
        CostBudget budget = budget(service, year);
        Calculation calculation = compute(service, budget, units(service, year));
        if (calculation.problem() != null) {
            throw new IllegalStateException(calculation.problem());
        }
        budget.approve(by, clock.instant());
        CostBudget saved = budgets.save(budget);
        for (PayerShare share : calculation.shares()) {
            for (Item item : share.items()) {
                jdbc.update("""
                        insert into core.cost_share (budget_id, payer_id, municipality_id, first_month, last_month, amount_ore)
                        values (?, ?, ?, ?, ?, ?)
                        """, saved.getId(), share.payerId(), item.municipalityId(), item.period().first(), item.period().last(), item.amount());
            }
        }
    }

    private Calculation compute(DigitalService service, CostBudget budget, List<Unit> units) {
        if (budget.getLines().isEmpty()) {
            return new Calculation(service, budget, List.of(), "cost.problem.noBudget");
        }
        if (units.stream().noneMatch(unit -> unit.months() > 0)) {
            return new Calculation(service, budget, List.of(), "cost.problem.noUsers");
        }
        try {
            List<Share> shares = CostAllocation.allocate(budget.total(), budget.getAllocationKey(), budget.getBasePercent(), units);
            return new Calculation(service, budget, byPayer(shares.stream()
                    .map(share -> new ItemOfPayer(share.unit().payerId(), share.unit().municipalityId(), share.unit().population(),
                            share.unit().period(), share.amount()))
                    .toList()), null);
        } catch (IllegalArgumentException nothingToDivideBy) {
            return new Calculation(service, budget, List.of(), budget.getAllocationKey() == AllocationKey.USAGE
                    ? "cost.problem.noUsage" : "cost.problem.noPopulation");
        }
    }

    private List<PayerShare> lockedShares(CostBudget budget) {
        return byPayer(jdbc.query("""
                select s.payer_id, s.municipality_id, coalesce(o.population, 0), s.first_month, s.last_month, s.amount_ore
                from core.cost_share s join core.organisation o on o.id = s.municipality_id where s.budget_id = ?
                """, (row, index) -> new ItemOfPayer(row.getLong(1), row.getLong(2), row.getLong(3),
                new PayingPeriod(row.getInt(4), row.getInt(5)), row.getLong(6)), budget.getId()));
    }

    private record ItemOfPayer(long payerId, long municipalityId, long population, PayingPeriod period, long amount) {
    }

    private List<PayerShare> byPayer(List<ItemOfPayer> items) {
        Map<Long, String> names = organisations.namesById();
        Map<Long, List<ItemOfPayer>> grouped = items.stream()
                .collect(Collectors.groupingBy(ItemOfPayer::payerId, LinkedHashMap::new, Collectors.toList()));
        return grouped.entrySet().stream()
                .map(entry -> new PayerShare(entry.getKey(), names.get(entry.getKey()),
                        entry.getValue().stream().mapToLong(ItemOfPayer::amount).sum(),
                        entry.getValue().stream()
                                .map(item -> new Item(item.municipalityId(), names.get(item.municipalityId()), item.population(),
                                        item.period(), item.amount()))
                                .sorted(Comparator.comparing(Item::municipality))
                                .toList()))
                .sorted(Comparator.comparing(PayerShare::payer))
                .toList();
    }

    /** Every municipality the service serves in the year, with who pays for it and for which months. */
    List<Unit> units(DigitalService service, int year) {
        Map<Long, Long> usageFigures = usageOf(service, year);
        List<Unit> units = new ArrayList<>();
        for (Subscription subscription : subscriptions.findByServiceCode(service.getCode())) {
            PayingPeriod period = CostAllocation.payingPeriod(Year.of(year), subscription.getStartsOn(), subscription.getEndsOn());
            if (period.months() == 0) {
                continue;
            }
            Organisation payer = subscription.getOrganisation();
            List<Organisation> served = new ArrayList<>(subscription.getCovers());
            if (payer.getType() == OrganisationType.MUNICIPALITY || served.isEmpty()) {
                served.add(0, payer);
            }
            for (Organisation municipality : served) {
                units.add(new Unit(payer.getId(), municipality.getId(), population(municipality),
                        usageFigures.getOrDefault(municipality.getId(), 0L), period));
            }
        }
        return units;
    }

    private Map<Long, Long> usageOf(DigitalService service, int year) {
        ServiceUsageFigures figures = usage.get(service.getCode());
        return figures == null ? Map.of() : figures.usageByMunicipality(year);
    }

    private static long population(Organisation organisation) {
        return organisation.getPopulation() == null ? 0 : organisation.getPopulation();
    }
}
