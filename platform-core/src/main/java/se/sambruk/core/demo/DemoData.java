package se.sambruk.core.demo;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.time.Clock;

import se.sambruk.core.Roles;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.costsharing.AllocationKey;
import se.sambruk.core.costsharing.BudgetLine;
import se.sambruk.core.costsharing.CostBudget;
import se.sambruk.core.costsharing.CostLineKind;
import se.sambruk.core.costsharing.CostSharing;
import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.organisation.Organisations;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.ApiClients;
import se.sambruk.core.security.UserAccounts;

/**
 * Demo users and a demo API client (profile {@code demo}), all with well-known passwords
 * listed in the README. Never enable in production.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty("sambruk.demo.enabled")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "sambruk-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserAccounts accounts;
    private final AppUsers users;
    private final ApiClients clients;
    private final Organisations organisations;
    private final ServiceCatalogue catalogue;
    private final CostSharing costs;
    private final Clock clock;

    DemoData(UserAccounts accounts, AppUsers users, ApiClients clients, Organisations organisations,
             ServiceCatalogue catalogue, CostSharing costs, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.clients = clients;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.costs = costs;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        user("admin", "Sambruks administratör", "Sambruk", Roles.SAMBRUK_ADMIN);
        user("malmo", "Maja Handläggare (Malmö)", "Malmö", Roles.ORG_ADMIN, Roles.CASEWORKER);
        user("ale", "Anders Handläggare (Ale)", "Ale", Roles.CASEWORKER, Roles.COUNCIL_DELEGATE, "FMG_HANDLER");
        user("kiruna", "Kim Handläggare (Kiruna)", "Kiruna", Roles.ORG_ADMIN, Roles.CASEWORKER);
        // Borlänge uses UKA, Multifråga, Provisum (as host for five municipalities) and Tillarbetslivet;
        // each of those modules' demo data grants this user its roles.
        user("borlange", "Bo Handläggare (Borlänge)", "Borlänge", Roles.CASEWORKER);
        if (!clients.existsByClientId("demo-client")) {
            accounts.registerClient("demo-client", "Demoklient", organisation("Sambruk").getId(), Set.of("register.read"), "demo-secret");
        }
        demoBudgets();
        log.info("Demo users admin, malmo, ale, kiruna, borlange (password '{}') and client demo-client are ready", PASSWORD);
    }

    /** This year's demo budget for every service (made-up figures, labelled as such). */
    private void demoBudgets() {
        int year = java.time.Year.now(clock).getValue();
        for (var service : catalogue.findAllByOrderByName()) {
            CostBudget budget = costs.budget(service, year);
            if (budget.getId() != null) {
                continue;
            }
            budget.addLine(new BudgetLine(CostLineKind.OPERATIONS, "Drift (demobudget)", 420_000_00L));
            budget.addLine(new BudgetLine(CostLineKind.MANAGEMENT, "Förvaltning (demobudget)", 265_000_00L));
            budget.addLine(new BudgetLine(CostLineKind.LICENCES, "Licenser (demobudget)", 140_000_00L));
            budget.addLine(new BudgetLine(CostLineKind.DEVELOPMENT, "Utveckling (demobudget)", 310_500_00L));
            budget.addLine(new BudgetLine(CostLineKind.SURCHARGE, "Sambruks förvaltningspåslag 8 % (demobudget)", 90_840_00L));
            switch (service.getCode()) {
                case "egil" -> budget.useKey(AllocationKey.BASE_PLUS_PER_CAPITA, 30);
                case "multifraga" -> budget.useKey(AllocationKey.EQUAL, 0);
                default -> budget.useKey(AllocationKey.POPULATION, 0);
            }
            costs.save(budget);
        }
    }

    private void user(String username, String displayName, String organisationName, String... roles) {
        if (!users.existsByUsernameIgnoreCase(username)) {
            accounts.createUser(username, displayName, username + "@demo.sambruk.se", organisation(organisationName).getId(),
                    Set.of(roles), PASSWORD);
        }
    }

    private Organisation organisation(String name) {
        return organisations.findByNameIgnoreCase(name).orElseThrow(() -> new IllegalStateException("No organisation " + name));
    }
}
