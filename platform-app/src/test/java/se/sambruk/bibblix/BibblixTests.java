package se.sambruk.bibblix;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.bibblix.catalogue.CatalogueStore;
import se.sambruk.bibblix.catalogue.Catalogue;
import se.sambruk.bibblix.catalogue.Title;
import se.sambruk.bibblix.catalogue.TitleSearch;
import se.sambruk.bibblix.librarian.Statistics;
import se.sambruk.bibblix.loan.Borrowing;
import se.sambruk.bibblix.loan.Child;
import se.sambruk.bibblix.loan.LoanHousekeeping;
import se.sambruk.bibblix.loan.LoanRules;
import se.sambruk.bibblix.onix.OnixProduct;
import se.sambruk.bibblix.sip2.Sip2FakeServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bibblix end to end on the demo data: the catalogue, search, signing in with the card, borrowing, the rules and housekeeping. */
class BibblixTests extends BibblixTestSupport {

    @Autowired
    TitleSearch search;
    @Autowired
    CatalogueStore store;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Borrowing borrowing;
    @Autowired
    LoanHousekeeping housekeeping;
    @Autowired
    Statistics statistics;

    List<String> titles(String query) {
        return search.search(query, null, 30).stream().map(Title::title).toList();
    }

    @Test
    void theDemoCatalogueIsImportedSelectedAndBrowsable() throws Exception {
        assertThat(catalogue.selectedCount()).isGreaterThanOrEqualTo(60);
        assertThat(jdbc.queryForObject("select count(*) from bibblix.title where not eligible", Integer.class)).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from bibblix.import_problem p join bibblix.import_run r on r.id = p.run_id "
                + "where r.file_name = 'demo-katalog.xml' and p.reference = 'bibblix-demo-trasig'", Integer.class)).isEqualTo(1);
        mvc.perform(get("/bibblix")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Fantasy och magi")))
                .andExpect(content().string(containsString("Hur gammal är du?")));
        mvc.perform(get("/bibblix/kategorier/djur").param("alder", "6-8")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ponnyn som rymde")))
                .andExpect(content().string(not(containsString("Stallets hemlighet"))));
        mvc.perform(get("/bibblix/alder/11-12")).andExpect(status().isOk()).andExpect(content().string(containsString("Den sista draken")));
        // the demo librarian's work (other tests and the sweeps may change single titles, so they are set here again)
        assertThat(jdbc.queryForObject("select count(*) from bibblix.title where easier_title_id is not null", Integer.class)).isPositive();
        long valley = titleId("Drakarnas dal");
        long bed = titleId("Draken under sängen");
        Long fantasy = catalogue.category("fantasy").orElseThrow().id();
        store.edit(valley, "Mira skyddar drakarna.", fantasy, 9, 12, false, titleId("Drakens ägg"), null);
        store.edit(bed, "En liten drake.", fantasy, 6, 8, true, null, "Fråga efter bilderböcker om drakar på biblioteket.");
        mvc.perform(get("/bibblix")).andExpect(content().string(containsString("Draken under sängen")));
        mvc.perform(get("/bibblix/kategorier/fantasy")).andExpect(status().isOk()).andExpect(content().string(containsString("Draken under sängen")));
        mvc.perform(get("/bibblix/bocker/" + valley)).andExpect(status().isOk())
                .andExpect(content().string(containsString("En lättare bok om samma sak")))
                .andExpect(content().string(containsString("Drakens ägg")));
        mvc.perform(get("/bibblix/bocker/" + bed)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Fråga efter bilderböcker om drakar")));
        mvc.perform(get("/bibblix/bocker/" + titleId("Kvartalsrapporten"))).andExpect(status().isNotFound());
        mvc.perform(get("/bibblix/kategorier/finns-inte")).andExpect(status().isNotFound());
        mvc.perform(get("/bibblix/alder/99")).andExpect(status().isNotFound());
        mvc.perform(get("/bibblix/bocker/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void searchUnderstandsSwedishAndForgivesSpellingMistakes() {
        store.upsert(new OnixProduct("test-harry", "03", "9789129688313", "ED", "Harry Potter och de vises sten", null, "J. K. Rowling", "swe",
                List.of("YFH"), 9, 12, "Harry får veta att han är en trollkarl.", "Testförlaget", 2001), catalogue.categories());
        store.select(titleId("Harry Potter och de vises sten"), true);

        assertThat(titles("harry poter").get(0)).isEqualTo("Harry Potter och de vises sten");
        assertThat(titles("hary potter").get(0)).isEqualTo("Harry Potter och de vises sten");
        // Swedish stems: "draken" finds every dragon; the titles about dragons rank before books that only mention one
        assertThat(titles("draken").subList(0, 4)).containsExactlyInAnyOrder("Draken under sängen", "Drakarnas dal", "Den sista draken", "Drakens ägg");
        assertThat(titles("hästar")).contains("Hästar i hagen", "Hästen Stjärnfall");
        // typed without å, ä, ö, or with a letter missing
        assertThat(titles("hastar i hagen").get(0)).isEqualTo("Hästar i hagen");
        assertThat(titles("drakn under sangen").get(0)).isEqualTo("Draken under sängen");
        assertThat(titles("detektivbyran")).first().isEqualTo("Detektivbyrån Fyrklövern");
        // nothing for gibberish, nothing for nothing, and never a title outside Bibblix
        assertThat(titles("qqqxxzzy")).isEmpty();
        assertThat(titles("   ")).isEmpty();
        assertThat(titles("kvartalsrapporten")).isEmpty();
        // the age range narrows
        assertThat(search.search("draken", se.sambruk.bibblix.catalogue.AgeBand.YOUNG, 30).stream().map(Title::title))
                .contains("Draken under sängen").doesNotContain("Den sista draken");
        // the same query however it is typed; the answer follows the catalogue at once (the kept answer is not reused)
        assertThat(titles("  HARRY   Poter ")).first().isEqualTo("Harry Potter och de vises sten");
        store.select(titleId("Harry Potter och de vises sten"), false);
        assertThat(titles("harry poter")).doesNotContain("Harry Potter och de vises sten");
        store.select(titleId("Harry Potter och de vises sten"), true);
        assertThat(titles("harry poter")).first().isEqualTo("Harry Potter och de vises sten");
        // a new title's words are known at once, typos and all, from its title and its description
        store.upsert(new OnixProduct("test-zeppelin", "03", "9789129688320", "ED", "Zeppelinaren Zelda", null, "Ines Test", "swe",
                List.of("YFC"), 7, 10, "Zelda bygger ett luftskepp.", "Testförlaget", 2024), catalogue.categories());
        store.select(titleId("Zeppelinaren Zelda"), true);
        assertThat(titles("zepelinaren")).first().isEqualTo("Zeppelinaren Zelda");
        assertThat(titles("luftskep")).contains("Zeppelinaren Zelda");
        assertThat(jdbc.queryForObject("select folded from bibblix.search_word where word = 'zeppelinaren'", String.class)).isEqualTo("zeppelinaren");
    }

    @Test
    void theSearchPageAnswersBadInputCalmly() throws Exception {
        mvc.perform(get("/bibblix/sok").param("q", "häst")).andExpect(status().isOk()).andExpect(content().string(containsString("Hästar i hagen")));
        mvc.perform(get("/bibblix/sok").param("q", "x".repeat(5000))).andExpect(status().isOk());
        mvc.perform(get("/bibblix/sok").param("q", "') or 1=1 --")).andExpect(status().isOk());
        mvc.perform(get("/bibblix/sok").param("q", "& | ! <->")).andExpect(status().isOk());
        mvc.perform(get("/bibblix/sok").param("q", "<script>alert(1)</script>")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
    }

    @Test
    void aChildSignsInWithTheCardBorrowsAndReads() throws Exception {
        String card = newCard("1280");
        Cookie session = child("Malmö", card);
        long book = titleId("Hästen Stjärnfall");
        mvc.perform(get("/bibblix/bocker/" + book).cookie(session)).andExpect(status().isOk()).andExpect(content().string(containsString("Låna boken")));
        mvc.perform(post("/bibblix/bocker/" + book + "/lana").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/bibblix/mina-lan")).andExpect(flash().attribute("flashKey", "bibblix.borrow.ok"));
        mvc.perform(get("/bibblix/mina-lan").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hästen Stjärnfall")))
                .andExpect(content().string(containsString("Du kan låna 4 böcker till den här veckan.")));
        long loan = jdbc.queryForObject("select max(id) from bibblix.loan where title_id = ?", Long.class, book);
        mvc.perform(get("/bibblix/lan/" + loan + "/las").cookie(session)).andExpect(redirectedUrlPattern("http://127.0.0.1:*/las/demo-*"));
        // the card number is stored nowhere, only its keyed hash
        assertThat(jdbc.queryForObject("select count(*) from bibblix.loan where card_hash like ?", Integer.class, "%" + card + "%")).isZero();
        assertThat(jdbc.queryForObject("select length(card_hash) from bibblix.loan where id = ?", Integer.class, loan)).isEqualTo(64);
        // someone else (no card, or another card) cannot open the loan
        mvc.perform(get("/bibblix/lan/" + loan + "/las")).andExpect(status().isNotFound());
        Cookie other = child("Malmö", newCard("1281"));
        mvc.perform(get("/bibblix/lan/" + loan + "/las").cookie(other)).andExpect(status().isNotFound());
        // a second loan of the same book is refused, the statistics counted the first
        mvc.perform(post("/bibblix/bocker/" + book + "/lana").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/bibblix/bocker/" + book)).andExpect(flash().attribute("borrowProblem", "bibblix.borrow.ALREADY_BORROWED"));
        assertThat(statistics.usageByMunicipality(LocalDate.now().getYear())).containsKey(organisationId("Malmö"));
        // without a card, borrowing asks for one
        mvc.perform(post("/bibblix/bocker/" + book + "/lana").with(csrf())).andExpect(redirectedUrl("/bibblix/logga-in?bok=" + book));
        mvc.perform(post("/bibblix/logga-ut").cookie(session).with(csrf())).andExpect(redirectedUrl("/bibblix"));
    }

    @Test
    void fiveLoansAWeekThenTheChildIsAskedToWaitForMonday() throws Exception {
        Cookie session = child("Stockholm", newCard("0180"));
        List<String> books = List.of("Skattkartan", "Flotten", "Rymdresan", "Roboten Rulle", "Katten Kaos", "Hundskolan");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/bibblix/bocker/" + titleId(books.get(i)) + "/lana").cookie(session).with(csrf()))
                    .andExpect(redirectedUrl("/bibblix/mina-lan"));
        }
        long sixth = titleId(books.get(5));
        mvc.perform(post("/bibblix/bocker/" + sixth + "/lana").cookie(session).with(csrf()))
                .andExpect(flash().attribute("borrowProblem", "bibblix.borrow.WEEKLY_LIMIT_REACHED"));
        mvc.perform(get("/bibblix/mina-lan").cookie(session)).andExpect(content().string(containsString("Du kan låna 0 böcker")));
    }

    @Test
    void loansEndByThemselvesAndTheirHistoryIsDeletedAfterTheMunicipalitysPeriod() {
        String card = newCard("1282");
        long malmo = organisationId("Malmö");
        Child child = new Child(malmo, libraryOf("Malmö"), "f".repeat(40) + String.format("%024d", Long.parseLong(card)));
        Borrowing.Result result = borrowing.borrow(child, titleId("Lilla räven"));
        assertThat(result.outcome()).isEqualTo(Borrowing.Outcome.OK);
        long countsBefore = jdbc.queryForObject("select coalesce(sum(loans), 0) from bibblix.loan_count where organisation_id = ?", Long.class, malmo);
        Instant borrowedAt = jdbc.queryForObject("select borrowed_at from bibblix.loan where id = ?", java.sql.Timestamp.class, result.loanId()).toInstant();
        Instant due = LoanRules.dueAt(borrowedAt);

        var preview = housekeeping.preview(malmo, due.plus(1, ChronoUnit.MINUTES));
        assertThat(preview.toEnd()).isGreaterThanOrEqualTo(1);
        housekeeping.run(due.minus(1, ChronoUnit.MINUTES));
        assertThat(jdbc.queryForObject("select ended_at from bibblix.loan where id = ?", java.sql.Timestamp.class, result.loanId())).isNull();
        housekeeping.run(due.plus(1, ChronoUnit.MINUTES));
        assertThat(jdbc.queryForObject("select ended_at from bibblix.loan where id = ?", java.sql.Timestamp.class, result.loanId()).toInstant())
                .isEqualTo(due);
        assertThat(borrowing.activeLoan(child, result.loanId())).isEmpty();
        // Malmö keeps history 30 days after the end
        housekeeping.run(due.plus(29, ChronoUnit.DAYS));
        assertThat(jdbc.queryForObject("select count(*) from bibblix.loan where id = ?", Integer.class, result.loanId())).isEqualTo(1);
        List<LoanHousekeeping.LogEntry> log = housekeeping.run(due.plus(31, ChronoUnit.DAYS));
        assertThat(jdbc.queryForObject("select count(*) from bibblix.loan where id = ?", Integer.class, result.loanId())).isZero();
        assertThat(log).anySatisfy(e -> {
            assertThat(e.organisationId()).isEqualTo(malmo);
            assertThat(e.loansDeleted()).isGreaterThanOrEqualTo(1);
        });
        assertThat(housekeeping.log(malmo)).isNotEmpty();
        // the statistics keep their counts
        assertThat(jdbc.queryForObject("select coalesce(sum(loans), 0) from bibblix.loan_count where organisation_id = ?", Long.class, malmo))
                .isEqualTo(countsBefore);
    }

    @Test
    void cardCheckFailuresAreToldInPlainWords() throws Exception {
        String card = newCard("1283");
        long malmo = libraryOf("Malmö");
        mvc.perform(post("/bibblix/logga-in").with(csrf()).param("bibliotek", "" + malmo).param("kort", card).param("pin", "9999"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("PIN-koden stämmer inte")));
        mvc.perform(post("/bibblix/logga-in").with(csrf()).param("bibliotek", "" + malmo).param("kort", "55550000").param("pin", "2468"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Biblioteket känner inte igen lånekortet")));
        mvc.perform(post("/bibblix/logga-in").with(csrf()).param("bibliotek", "" + malmo).param("kort", "12800009").param("pin", "1234"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Lånekortet är spärrat")));
        for (String misbehaving : List.of(Sip2FakeServer.SLOW_CARD, Sip2FakeServer.GARBLED_CARD, Sip2FakeServer.CLOSING_CARD)) {
            mvc.perform(post("/bibblix/logga-in").with(csrf()).param("bibliotek", "" + malmo).param("kort", misbehaving).param("pin", "1234"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Vi når inte biblioteket just nu")));
        }
        mvc.perform(post("/bibblix/logga-in").with(csrf()).param("kort", "").param("pin", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Välj ditt bibliotek.")))
                .andExpect(content().string(containsString("Skriv lånekortets nummer")))
                .andExpect(content().string(containsString("Skriv din PIN-kod")));
        mvc.perform(post("/bibblix/logga-in").with(csrf()).param("bibliotek", "999999").param("kort", card).param("pin", "2468"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Välj ditt bibliotek i listan")));
        mvc.perform(post("/bibblix/logga-in").with(csrf()).param("bibliotek", "tre").param("kort", card).param("pin", "2468"))
                .andExpect(status().isBadRequest());
    }

    /** From one address (not the tests' exempt 127.0.0.1). */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void signInsAreLimitedPerCardAndAuditedWithoutTheCardNumber() throws Exception {
        String card = newCard("1291");
        String other = newCard("1292");
        long malmo = libraryOf("Malmö");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/bibblix/logga-in").with(csrf()).with(from("203.0.113.71")).param("bibliotek", "" + malmo).param("kort", card).param("pin", "9999"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("PIN-koden stämmer inte")));
        }
        // the sixth try of the card is refused even with the right PIN, and from another address; what was typed is kept
        mvc.perform(post("/bibblix/logga-in").with(csrf()).with(from("203.0.113.71")).param("bibliotek", "" + malmo).param("kort", card).param("pin", "2468"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Du har försökt logga in många gånger")))
                .andExpect(content().string(containsString("value=\"" + card + "\"")));
        mvc.perform(post("/bibblix/logga-in").with(csrf()).with(from("203.0.113.72")).param("bibliotek", "" + malmo).param("kort", card).param("pin", "2468"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Du har försökt logga in många gånger")));
        // another card from the same address still signs in
        mvc.perform(post("/bibblix/logga-in").with(csrf()).with(from("203.0.113.71")).param("bibliotek", "" + malmo).param("kort", other).param("pin", "2468"))
                .andExpect(redirectedUrl("/bibblix/mina-lan"));
        String hash = borrowing.cardHash(malmo, card).orElseThrow().substring(0, 16);
        assertThat(jdbc.queryForList("select action from core.audit_event where actor = ? order by id", String.class, "barn kort " + hash))
                .containsExactly("LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_THROTTLED", "LOGIN_THROTTLED");
        assertThat(jdbc.queryForList("select action from core.audit_event where actor = ?", String.class,
                "barn kort " + borrowing.cardHash(malmo, other).orElseThrow().substring(0, 16))).containsExactly("LOGIN_SUCCESS");
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where actor like ? or detail like ? or target_id like ?", Integer.class,
                "%" + card + "%", "%" + card + "%", "%" + card + "%")).isZero();
    }

    @Test
    void aChildOfAMunicipalityThatDoesNotUseBibblixIsRefused() throws Exception {
        String card = newCard("1440");
        mvc.perform(post("/bibblix/logga-in").with(csrf()).param("bibliotek", "" + libraryOf("Ale")).param("kort", card).param("pin", "2468"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Din kommun har inte Bibblix")));
        Child ale = new Child(organisationId("Ale"), libraryOf("Ale"), "a".repeat(64));
        assertThat(borrowing.borrow(ale, titleId("Skämtboken")).outcome()).isEqualTo(Borrowing.Outcome.NOT_SUBSCRIBING);
        assertThat(jdbc.queryForObject("select count(*) from bibblix.loan where organisation_id = ?", Integer.class, organisationId("Ale"))).isZero();
    }
}
