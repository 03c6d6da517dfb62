package se.sambruk.fixamingata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.notification.LocalMailCatcher;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;
import se.sambruk.fixamingata.delivery.DeliveryOutbox;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.CategoryQuestions;
import se.sambruk.fixamingata.report.NewReport;
import se.sambruk.fixamingata.report.Report;
import se.sambruk.fixamingata.report.Reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The handlers' tools beyond the inbox: the map, moving and re-routing a report, the dashboard, the CSV of updates. */
class StaffToolsTests extends PlatformTest {

    static final String STAFF = "/fixamingata/handlaggning";
    static final String SOLLENTUNA_HANDLER = "fmg.sollentuna.handler";

    @Autowired
    Reporting reporting;
    @Autowired
    Categories categories;
    @Autowired
    DeliveryOutbox outbox;
    @Autowired
    LocalMailCatcher mails;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;
    @Autowired
    CategoryQuestions questions;

    long ale() {
        return organisationId("Ale");
    }

    Category aleCategory(String name) {
        return categories.all(ale()).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** A published report in Ale (as from the app, at once), delivered. */
    Report aleReport(String title, String category, double lat, double lon) {
        Report report = reporting.publish(new NewReport(ale(), "1440", aleCategory(category).id(), lat, lon, title,
                "Beskrivning av " + title, "Ida Invånare", "ida.staff@example.se", null, false, "app"), List.of());
        outbox.sendDue();
        return report;
    }

    /** An FMG_HANDLER of Sollentuna, another municipality that uses FixaMinGata. */
    Cookie sollentunaHandler() throws Exception {
        synchronized (StaffToolsTests.class) {
            if (!users.existsByUsernameIgnoreCase(SOLLENTUNA_HANDLER)) {
                accounts.createUser(SOLLENTUNA_HANDLER, "Sara Handläggare", "sara@sollentuna.example.se", organisationId("Sollentuna"),
                        Set.of(FixaMinGata.HANDLER), DEMO_PASSWORD);
            }
        }
        return login(SOLLENTUNA_HANDLER);
    }

    @Test
    void theMapShowsTheFilteredInboxAsMarkersAndAListAndSaysWhenItIsCapped() throws Exception {
        Report lamp = aleReport("Kartprov: lampa", "Belysning", 57.9601, 12.1401);
        Report litter = aleReport("Kartprov: skräp", "Nedskräpning", 57.9702, 12.1602);
        Cookie handler = login("ale");
        mvc.perform(get(STAFF).cookie(handler)).andExpect(status().isOk())
                .andExpect(content().string(containsString(STAFF + "/karta?group=OPEN")))
                .andExpect(content().string(containsString(STAFF + "/oversikt")));
        mvc.perform(get(STAFF + "/karta").cookie(handler).param("category", String.valueOf(lamp.categoryId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kartprov: lampa")))
                .andExpect(content().string(containsString("data-lat=\"57.9601\"")))
                .andExpect(content().string(containsString("data-group=\"OPEN\"")))
                .andExpect(content().string(containsString("id=\"map\"")))
                .andExpect(content().string(not(containsString("Kartprov: skräp"))))
                .andExpect(content().string(not(containsString("Kartan visar de"))));
        mvc.perform(get(STAFF + "/karta").cookie(handler).param("group", "FIXED"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Kartprov: lampa"))));
        assertThat(litter.id()).isGreaterThan(lamp.id());

        // more than the map's cap: the newest 1,000 and a sentence that says so
        long hiddenCategory = aleCategory("Övergivna fordon").id();
        jdbc.update("""
                insert into fixamingata.report (organisation_id, kommunkod, category_id, lat, lon, title, detail, reporter_name, reporter_email,
                  state, source, manage_token)
                select ?, '1440', ?, 57.95 + g / 100000.0, 12.15, 'Kartmassa ' || g, 'x', 'A', 'a@example.se', 'HIDDEN', 'web', 'map-cap-' || g
                from generate_series(1, 1001) g""", ale(), hiddenCategory);
        try {
            String page = mvc.perform(get(STAFF + "/karta").cookie(handler).param("group", "HIDDEN").param("category", String.valueOf(hiddenCategory)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Kartan visar de 1").contains("nyaste rapporterna som matchar filtret; det finns fler");
            assertThat(page.split("data-lat=", -1).length - 1).isEqualTo(1000);
        } finally {
            jdbc.update("delete from fixamingata.report where manage_token like 'map-cap-%'");
        }
    }

    @Test
    void aHandlerChangesTheCategoryAndSendsAStateRoadReportToTrafikverket() throws Exception {
        Report report = aleReport("Grus på vägen efter vintern", "Gång- och cykelväg", 57.9605, 12.1505);
        Cookie handler = login("ale");
        String path = STAFF + "/rapporter/" + report.id();
        mvc.perform(post(path + "/kategori").cookie(handler).with(csrf()).param("category", "not-a-number"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Välj en annan kategori i kommunen.")));
        mvc.perform(post(path + "/kategori").cookie(handler).with(csrf()).param("category", String.valueOf(aleCategory("Snöröjning och halka").id())))
                .andExpect(redirectedUrl(path));
        assertThat(jdbc.queryForObject("select category_id from fixamingata.report where id = ?", Long.class, report.id()))
                .isEqualTo(aleCategory("Snöröjning och halka").id());
        // same e-mail address: not sent again
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.delivery where report_id = ?", Integer.class, report.id())).isEqualTo(1);

        mvc.perform(post(path + "/omdirigering").cookie(handler).with(csrf()).param("to", "trafikverket")).andExpect(redirectedUrl(path));
        assertThat(jdbc.queryForObject("select c.trafikverket from fixamingata.report r join fixamingata.category c on c.id = r.category_id where r.id = ?",
                Boolean.class, report.id())).isTrue();
        outbox.sendDue();
        assertThat(mails.await(m -> m.isTo("trafikverket@trafikverket.se") && m.subject().contains("FixaMinGata " + report.id() + ":"),
                Duration.ofSeconds(20))).isPresent();
        mvc.perform(get("/fixamingata/rapporter/" + report.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rapporten har skickats vidare till Trafikverket")))
                .andExpect(content().string(containsString("Rapporten har flyttats till kategorin Snöröjning och halka.")));
        assertThat(jdbc.queryForList("select detail from core.audit_event where target_type = 'fixamingata.report' and target_id = ?",
                String.class, String.valueOf(report.id()))).anySatisfy(d -> assertThat(d).contains("re-routed to Trafikverket"))
                .anySatisfy(d -> assertThat(d).contains("category Gång- och cykelväg -> Snöröjning och halka"));
    }

    @Test
    void aHandlerMovesThePointAndIsWarnedWhenItLeavesTheMunicipality() throws Exception {
        Report report = aleReport("Trasig skylt", "Vägskyltar", 57.9605, 12.1505);
        Cookie handler = login("ale");
        String path = STAFF + "/rapporter/" + report.id();
        mvc.perform(post(path + "/plats").cookie(handler).with(csrf()).param("lat", "52.52").param("lon", "13.40"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ange en latitud och en longitud i Sverige")))
                .andExpect(content().string(containsString("value=\"52.52\"")));
        mvc.perform(post(path + "/plats").cookie(handler).with(csrf()).param("lat", "57.9612").param("lon", "12.1520"))
                .andExpect(redirectedUrl(path));
        assertThat(jdbc.queryForObject("select lat from fixamingata.report where id = ?", Double.class, report.id())).isEqualTo(57.9612);

        mvc.perform(post(path + "/plats").cookie(handler).with(csrf()).param("lat", "59.45").param("lon", "17.95"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Punkten ligger i Sollentuna kommun, inte i er kommun")))
                .andExpect(content().string(containsString("name=\"confirm\" value=\"true\"")));
        assertThat(jdbc.queryForObject("select lat from fixamingata.report where id = ?", Double.class, report.id())).isEqualTo(57.9612);
        mvc.perform(post(path + "/plats").cookie(handler).with(csrf()).param("lat", "59.45").param("lon", "17.95").param("confirm", "true"))
                .andExpect(redirectedUrl(path));
        assertThat(jdbc.queryForObject("select lat from fixamingata.report where id = ?", Double.class, report.id())).isEqualTo(59.45);
        mvc.perform(get("/fixamingata/rapporter/" + report.id())).andExpect(content().string(containsString("Platsen för felet har justerats.")));
        assertThat(jdbc.queryForList("select detail from core.audit_event where target_type = 'fixamingata.report' and target_id = ?",
                String.class, String.valueOf(report.id()))).anySatisfy(d -> assertThat(d).contains("outside the municipality: Sollentuna kommun"));
    }

    @Test
    void aReportReRoutedToAnotherMunicipalityIsDeliveredThereAndLeavesTheOldInbox() throws Exception {
        Report report = aleReport("Nedfallen gren", "Träd och buskar", 57.9605, 12.1505);
        Cookie ale = login("ale");
        Cookie sollentuna = sollentunaHandler();
        String path = STAFF + "/rapporter/" + report.id();
        mvc.perform(get(path).cookie(sollentuna)).andExpect(status().isNotFound());

        mvc.perform(post(path + "/omdirigering").cookie(ale).with(csrf()).param("to", "9999"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Välj Trafikverket eller en kommun")));
        mvc.perform(post(path + "/omdirigering").cookie(ale).with(csrf()).param("to", "0163"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Punkten ligger inte i Sollentuna kommun")));
        assertThat(jdbc.queryForObject("select organisation_id from fixamingata.report where id = ?", Long.class, report.id())).isEqualTo(ale());
        mvc.perform(post(path + "/omdirigering").cookie(ale).with(csrf()).param("to", "0163").param("confirm", "true"))
                .andExpect(redirectedUrl(STAFF));

        assertThat(jdbc.queryForObject("select organisation_id from fixamingata.report where id = ?", Long.class, report.id()))
                .isEqualTo(organisationId("Sollentuna"));
        mvc.perform(get(path).cookie(ale)).andExpect(status().isNotFound());
        mvc.perform(get(path).cookie(sollentuna)).andExpect(status().isOk()).andExpect(content().string(containsString("Nedfallen gren")))
                .andExpect(content().string(containsString("Träd och buskar")));
        outbox.sendDue();
        assertThat(mails.await(m -> m.isTo("felanmalan@sollentuna.demo.sambruk.se") && m.subject().contains("FixaMinGata " + report.id() + ":"),
                Duration.ofSeconds(20))).isPresent();
        mvc.perform(get("/fixamingata/rapporter/" + report.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Platsen ligger i Sollentuna kommun, som ansvarar för den.")));
        assertThat(jdbc.queryForList("select detail from core.audit_event where target_type = 'fixamingata.report' and target_id = ?",
                String.class, String.valueOf(report.id()))).anySatisfy(d -> assertThat(d).contains("re-routed to Sollentuna kommun"));
    }

    @Test
    void aHandlerOfAnotherMunicipalityGetsNothingOfAlesReports() throws Exception {
        Report report = aleReport("Ales egen rapport", "Klotter", 57.9605, 12.1505);
        Cookie sollentuna = sollentunaHandler();
        String path = STAFF + "/rapporter/" + report.id();
        mvc.perform(get(path).cookie(sollentuna)).andExpect(status().isNotFound());
        for (String action : List.of("/svar", "/anteckningar", "/dubblett", "/moderering", "/tilldelning", "/skicka-igen", "/kategori", "/plats",
                "/omdirigering")) {
            mvc.perform(post(path + action).cookie(sollentuna).with(csrf()).param("text", "x").param("state", "FIXED").param("original", "1")
                            .param("hideReport", "true").param("reason", "x").param("category", String.valueOf(report.categoryId()))
                            .param("lat", "59.45").param("lon", "17.95").param("to", "trafikverket").param("confirm", "true"))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForObject("select state from fixamingata.report where id = ?", String.class, report.id())).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.report_update where report_id = ?", Integer.class, report.id())).isZero();
        mvc.perform(get(STAFF + "/karta").cookie(sollentuna)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Ales egen rapport"))));
        mvc.perform(get(STAFF + "/uppdateringar.csv").cookie(sollentuna)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(";" + report.id() + ";"))));
        mvc.perform(get(STAFF + "/oversikt").cookie(sollentuna)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Klotter</th>"))));
    }

    /** A category of Ale's made for one test, with the extra question "Stolpens nummer"; the question. */
    CategoryQuestions.Question questionedCategory(String name, Category.SendMethod method, String url, String key) {
        long id = categories.create(ale(), name, method, url, key, method == Category.SendMethod.EMAIL ? null : "LAMP", true);
        questions.replace(ale(), id, List.of(new CategoryQuestions.QuestionInput(null, "Stolpens nummer", true)));
        return questions.of(id).get(0);
    }

    Report answeredReport(CategoryQuestions.Question question, String title) {
        Report report = reporting.publish(new NewReport(ale(), "1440", question.categoryId(), 57.9605, 12.1505, title,
                "Lampan är släckt.", "Ida Invånare", "ida.fragor@example.se", null, false, "web"), List.of());
        questions.saveAnswers(report.id(), Map.of(question, "A-1234"));
        return report;
    }

    @Test
    void answersToACategorysQuestionsReachEveryKindOfBackEndButNotTheOpenOpen311Output() throws Exception {
        try (FakeBackend open311 = new FakeBackend(); FakeBackend serviceNow = new FakeBackend()) {
            open311.on("POST /open311/requests.json", request -> new FakeBackend.Answer(201, "[{\"service_request_id\":\"INF-Q-1\"}]"));
            serviceNow.on("POST /api/now/table/incident", request -> new FakeBackend.Answer(201, "{\"result\":{\"sys_id\":\"sn-question-1\"}}"));
            CategoryQuestions.Question byOpen311 = questionedCategory("Frågeprov Open311", Category.SendMethod.OPEN311, allowFake(open311.url()) + "/open311", "k");
            CategoryQuestions.Question byServiceNow = questionedCategory("Frågeprov ServiceNow", Category.SendMethod.SERVICENOW, allowFake(serviceNow.url()), "u:p");
            CategoryQuestions.Question byEmail = questionedCategory("Frågeprov e-post", Category.SendMethod.EMAIL, "lampor@ale.example.se", null);
            Report first = answeredReport(byOpen311, "Frågeprov via Open311");
            Report second = answeredReport(byServiceNow, "Frågeprov via ServiceNow");
            Report third = answeredReport(byEmail, "Frågeprov via e-post");
            outbox.sendDue();

            var posted = open311.requests("POST", "/open311/requests.json").stream()
                    .filter(r -> String.valueOf(first.id()).equals(r.form().get("attribute[fixamingata_id]"))).toList();
            assertThat(posted).hasSize(1);
            assertThat(posted.get(0).form()).containsEntry("attribute[question_" + byOpen311.id() + "]", "A-1234");
            assertThat(posted.get(0).form().get("description")).doesNotContain("A-1234");
            assertThat(serviceNow.requests("POST", "/api/now/table/incident")).anySatisfy(r ->
                    assertThat(r.body()).contains("fixamingata-" + second.id()).contains("Svar på kategorins frågor:\\nStolpens nummer: A-1234"));
            assertThat(mails.await(m -> m.isTo("lampor@ale.example.se") && m.subject().contains("FixaMinGata " + third.id() + ":"),
                    Duration.ofSeconds(20))).hasValueSatisfying(m -> assertThat(m.text()).contains("Svar på kategorins frågor:", "Stolpens nummer: A-1234"));

            // the answers are the resident's and the municipality's, never in the public Open311 output
            mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "1440").param("service_request_id", first.id() + "," + second.id()))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("\"service_request_id\":\"" + first.id() + "\"")))
                    .andExpect(content().string(not(containsString("A-1234"))));
            mvc.perform(get("/open311/v2/requests/" + first.id() + ".xml").param("jurisdiction_id", "1440"))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString("A-1234"))));
        }
    }

    @Test
    void theDashboardShowsTheMunicipalitysFiguresAsChartsAndTables() throws Exception {
        Report answered = aleReport("Översiktsprov", "Lekplatser", 57.9605, 12.1505);
        jdbc.update("update fixamingata.report set created_at = now() - interval '3 days', first_answer_at = now() - interval '1 day', "
                + "closed_at = now(), state = 'FIXED' where id = ?", answered.id());
        Cookie handler = login("ale");
        String page = mvc.perform(get(STAFF + "/oversikt").cookie(handler)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rapporter per månad", "Rapporter per kategori och månad", "<th scope=\"row\">Lekplatser</th>",
                "Mediantid till första svar", "Rapporterade via app eller webb", "App (Open311)", "Var rapporterna finns", "id=\"heat-chart\"",
                "<svg", "Visa siffrorna som tabell");
        assertThat(page).contains(se.sambruk.core.format.SwedishFormat.month(java.time.YearMonth.now(java.time.ZoneId.of("Europe/Stockholm"))));
        mvc.perform(get(STAFF + "/oversikt").cookie(login("kiruna"))).andExpect(status().isForbidden());
    }

    @Test
    void theUpdatesOfAPeriodComeAsCsv() throws Exception {
        Report report = aleReport("CSV-prov", "Parkbänkar och utemöbler", 57.9605, 12.1505);
        Cookie handler = login("ale");
        mvc.perform(post(STAFF + "/rapporter/" + report.id() + "/svar").cookie(handler).with(csrf())
                .param("state", "PLANNED").param("text", "=SUMMA(A1) planerad")).andExpect(status().is3xxRedirection());
        mvc.perform(post(STAFF + "/rapporter/" + report.id() + "/anteckningar").cookie(handler).with(csrf())
                .param("text", "Intern: ring snickaren")).andExpect(status().is3xxRedirection());
        byte[] csv = mvc.perform(get(STAFF + "/uppdateringar.csv").cookie(handler))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("fixamingata-uppdateringar-")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFnr;tid;typ;status;synlighet;text\r\n");
        assertThat(text).contains(report.id() + ";").contains(";ANSWER;PLANNED;offentlig;'=SUMMA(A1) planerad\r\n")
                .contains(";NOTE;;intern;Intern: ring snickaren\r\n");
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'PERSONAL_DATA_READ' and actor = 'ale'"
                + " and target_type = 'fixamingata.report_update'", Integer.class)).isPositive();
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).minusDays(1).toString();
        mvc.perform(get(STAFF + "/uppdateringar.csv").cookie(handler).param("from", "2020-01-01").param("to", "2020-01-31"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("CSV-prov"))))
                .andExpect(content().string(not(containsString(report.id() + ";"))));
        mvc.perform(get(STAFF + "/uppdateringar.csv").cookie(handler).param("from", yesterday).param("to", "inte-ett-datum"))
                .andExpect(status().isBadRequest());
        mvc.perform(get(STAFF + "/uppdateringar.csv").cookie(handler).param("from", "2020-01-01").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theInboxCountsEveryReportAndPagesThroughThemAll() throws Exception {
        long sollentuna = organisationId("Sollentuna");
        Cookie handler = sollentunaHandler();
        long category = jdbc.queryForObject("select min(id) from fixamingata.category where organisation_id = ?", Long.class, sollentuna);
        jdbc.update("""
                insert into fixamingata.report (organisation_id, kommunkod, category_id, lat, lon, title, detail, reporter_name,
                  reporter_email, state, manage_token, created_at)
                select ?, '0163', ?, 59.43, 17.95, 'Sidprov ' || g, 'Sidprov', 'Ida', 'ida@example.se', 'FIXED',
                  'sidprov-' || g || '-' || md5(random()::text), now() - g * interval '1 minute' from generate_series(1, 130) g""",
                sollentuna, category);
        List<String> fixed = se.sambruk.fixamingata.report.ReportState.inGroup(se.sambruk.fixamingata.report.ReportState.Group.FIXED)
                .stream().map(Enum::name).toList();
        long total = jdbc.queryForObject("select count(*) from fixamingata.report where organisation_id = ? and state = any(?)",
                Long.class, sollentuna, fixed.toArray(String[]::new));
        assertThat(total).isGreaterThan(100);

        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        String next = STAFF + "?group=FIXED";
        int pages = 0;
        while (next != null) {
            String page = mvc.perform(get(next).cookie(handler)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains(total + " rapporter");
            var rows = java.util.regex.Pattern.compile("href=\"" + java.util.regex.Pattern.quote(STAFF) + "/rapporter/(\\d+)\"").matcher(page);
            int onPage = 0;
            while (rows.find()) {
                assertThat(seen.add(rows.group(1))).as("report %s shown once", rows.group(1)).isTrue();
                onPage++;
            }
            assertThat(onPage).isLessThanOrEqualTo(100);
            var link = java.util.regex.Pattern.compile("id=\"inbox-next\"[^>]*href=\"([^\"]+)\"").matcher(page);
            next = link.find() ? link.group(1).replace("&amp;", "&") : null;
            pages++;
        }
        assertThat(seen).hasSize((int) total);
        assertThat(pages).isEqualTo((int) ((total + 99) / 100) + (total % 100 == 0 ? 1 : 0));
    }
}
