package se.sambruk.bibblix.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.sambruk.bibblix.Bibblix;
import se.sambruk.bibblix.catalogue.CatalogueStore;
import se.sambruk.bibblix.catalogue.Title;
import se.sambruk.bibblix.library.Libraries;
import se.sambruk.bibblix.loan.FakeSupplierServer;
import se.sambruk.bibblix.loan.SupplierConnector;
import se.sambruk.bibblix.onix.OnixImport;
import se.sambruk.bibblix.sip2.Sip2FakeServer;
import se.sambruk.core.Municipalities;
import se.sambruk.core.UserRoleGrants;
import se.sambruk.core.http.OutgoingUrls;

/**
 * The demo of Bibblix: the demo user "malmo" is a librarian of Malmö (the content manager); a
 * made-up catalogue of sixty children's books is imported from a generated ONIX feed (with two
 * titles outside the selection policy and one broken record, to show the report); Malmö,
 * Stockholm (both use Bibblix) and Ale (does not) have libraries whose SIP2 server is the local
 * fake; loans go to the local fake supplier.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("sambruk.demo.enabled")
class BibblixDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BibblixDemo.class);

    private final UserRoleGrants roles;
    private final Municipalities municipalities;
    private final Libraries libraries;
    private final OnixImport imports;
    private final CatalogueStore store;
    private final JdbcClient jdbc;
    private final Sip2FakeServer sip2;
    private final FakeSupplierServer supplierFake;
    private final SupplierConnector supplier;
    private final OutgoingUrls outgoing;

    BibblixDemo(UserRoleGrants roles, Municipalities municipalities, Libraries libraries, OnixImport imports, CatalogueStore store,
                JdbcClient jdbc, Sip2FakeServer sip2, FakeSupplierServer supplierFake, SupplierConnector supplier, OutgoingUrls outgoing) {
        this.outgoing = outgoing;
        this.roles = roles;
        this.municipalities = municipalities;
        this.libraries = libraries;
        this.imports = imports;
        this.store = store;
        this.jdbc = jdbc;
        this.sip2 = sip2;
        this.supplierFake = supplierFake;
        this.supplier = supplier;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> malmo = roles.grant("malmo", Bibblix.LIBRARIAN);
        supplier.useUrl(supplierFake.url(), DemoServers.SUPPLIER_API_KEY);
        outgoing.allowInternalHost("127.0.0.1:" + java.net.URI.create(supplierFake.url()).getPort());
        sip2.requireLogin(DemoServers.SIP2_LOGIN_USER, DemoServers.SIP2_LOGIN_PASSWORD);
        // the demo's fake library system and supplier run on this machine: let the outgoing-address guard through to them, and only them
        outgoing.allowInternalHost("127.0.0.1:" + sip2.port());
        // the fakes get new ports at every start: point the demo libraries at them again
        library("1280", "Malmö stadsbibliotek (demo)", true);
        library("0180", "Stockholms stadsbibliotek (demo)", false);
        library("1440", "Ale bibliotek (demo, kommunen har inte Bibblix)", false);
        if (malmo.isEmpty() || jdbc.sql("select count(*) from bibblix.title").query(Long.class).single() > 0) {
            return;
        }
        try {
            Path feed = Files.createTempFile("bibblix-demo-", ".xml");
            try (Writer out = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
                OnixWriter.write(out, DemoBooks.feedItems());
            }
            var run = imports.runNow(malmo.get(), "demo-katalog.xml", feed);
            int selected = store.selectAllEligible();
            childrensTexts();
            log.info("Bibblix demo catalogue: {} imported, {} skipped, {} selected", run.imported(), run.skipped(), selected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void library(String kommunkod, String name, boolean strict) {
        municipalities.organisationId(kommunkod).ifPresent(org -> libraries.save(org, new Libraries.LibrarySettings(name, "127.0.0.1",
                sip2.port(), false, "DEMO" + kommunkod, DemoServers.SIP2_LOGIN_USER, DemoServers.SIP2_LOGIN_PASSWORD,
                strict ? "BIBBLIX" : null, strict, 2000, 30), false));
    }

    /** Children's blurbs, an easier book on the same topic and paper-book tips, as a librarian would write them; a few featured. */
    private void childrensTexts() {
        List<Title> titles = jdbc.sql("select id, record_reference, title from bibblix.title where selected order by id")
                .query((rs, i) -> new Title(rs.getLong(1), rs.getString(2), null, rs.getString(3), null, null, null, null, null, null, null, "",
                        null, null, true, null, false, true, false, null, null, null, null)).list();
        Long drakensAgg = idOf(titles, "Drakens ägg");
        Long ponnyn = idOf(titles, "Ponnyn som rymde");
        for (Title title : titles) {
            var full = jdbc.sql("select description, category_id, age_from, age_to from bibblix.title where id = ?").param(title.id())
                    .query((rs, i) -> new Object[] {rs.getString(1), rs.getObject(2, Long.class), rs.getObject(3, Integer.class), rs.getObject(4, Integer.class)})
                    .single();
            Long easier = switch (title.title()) {
                case "Drakarnas dal", "Den sista draken" -> drakensAgg;
                case "Hästen Stjärnfall", "Stallets hemlighet" -> ponnyn;
                default -> null;
            };
            String tip = switch (title.title()) {
                case "Hästar i hagen" -> "Fråga på biblioteket efter faktaböcker om hästar och ridning.";
                case "Dinosauriernas värld" -> "På biblioteket finns stora bildböcker om dinosaurier.";
                case "Draken under sängen" -> "Fråga efter bilderböcker om drakar på biblioteket.";
                default -> null;
            };
            boolean featured = List.of("Draken under sängen", "Hästen Stjärnfall", "Detektivbyrån Fyrklövern", "Målvakten",
                    "Världens knasigaste skola", "Rymden för nyfikna").contains(title.title());
            store.edit(title.id(), (String) full[0], (Long) full[1], (Integer) full[2], (Integer) full[3], featured, easier, tip);
        }
    }

    private static Long idOf(List<Title> titles, String name) {
        return titles.stream().filter(t -> t.title().equals(name)).map(Title::id).findFirst().orElse(null);
    }
}
