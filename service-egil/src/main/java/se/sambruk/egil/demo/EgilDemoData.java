package se.sambruk.egil.demo;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.sambruk.core.UserRoleGrants;
import se.sambruk.egil.EgilModule;
import se.sambruk.egil.sources.Source;
import se.sambruk.egil.sources.SourceReading;
import se.sambruk.egil.sources.Sources;
import se.sambruk.egil.suppliers.Selection;
import se.sambruk.egil.suppliers.Supplier;
import se.sambruk.egil.suppliers.Suppliers;

/**
 * The demo of EGIL: the demo user "ale" is Ale's EGIL administrator, with a CSV source of
 * made-up pupils and two clearly labelled simulated suppliers (a publisher and DNP), so every
 * page can be tried without a network.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("sambruk.demo.enabled")
class EgilDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EgilDemoData.class);

    private final UserRoleGrants roles;
    private final Sources sources;
    private final SourceReading reading;
    private final Suppliers suppliers;

    EgilDemoData(UserRoleGrants roles, Sources sources, SourceReading reading, Suppliers suppliers) {
        this.roles = roles;
        this.sources = sources;
        this.reading = reading;
        this.suppliers = suppliers;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long ale = roles.grant("ale", EgilModule.EGIL_ADMIN).orElse(null);
        if (ale == null || !sources.findByOrganisationIdOrderByName(ale).isEmpty()) {
            return;
        }
        Source source = sources.save(new Source(ale, "Demokälla: påhittade elever (CSV)", Source.Kind.CSV));
        String csv = new RegionGenerator("Ale", 3, 120, 12, 24).csv();
        reading.importCsv(source, csv.getBytes(StandardCharsets.UTF_8));

        Supplier publisher = new Supplier(ale, "Simulerad läromedelsleverantör (demo)", "https://simulerad.example/scim/v2");
        publisher.setSimulated(true);
        publisher.setAuthKind(Supplier.AuthKind.API_KEY);
        publisher.setApiKeyHeader("X-Api-Key");
        publisher.select(new Selection(java.util.Set.of(), java.util.Set.of("GR"), java.util.Set.of(), java.util.Set.of("Undervisning"),
                java.util.Set.of(), true, java.util.Set.of()));
        suppliers.save(publisher);

        Supplier dnp = new Supplier(ale, "Simulerad DNP (demo)", "https://dnp.simulerad.example/scim/v2");
        dnp.setSimulated(true);
        dnp.setDnp(true);
        dnp.setAuthKind(Supplier.AuthKind.API_KEY);
        dnp.setApiKeyHeader("X-Api-Key");
        dnp.select(new Selection(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(9), java.util.Set.of("Provgrupp"),
                java.util.Set.of(), true, java.util.Set.of()));
        suppliers.save(dnp);
        log.info("EGIL demo: user ale administers EGIL for Ale with a CSV source and two simulated suppliers");
    }
}
