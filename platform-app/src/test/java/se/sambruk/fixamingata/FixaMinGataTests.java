package se.sambruk.fixamingata;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import se.sambruk.PlatformTest;
import se.sambruk.core.notification.LocalMailCatcher;
import se.sambruk.fixamingata.delivery.BackendUpdates;
import se.sambruk.fixamingata.delivery.DeliveryOutbox;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A resident's report from the pin to the municipality, and the municipality's answer back. */
class FixaMinGataTests extends PlatformTest {

    static final String ALE_LAT = "57.96", ALE_LON = "12.15";

    @Autowired
    LocalMailCatcher mails;
    @Autowired
    DeliveryOutbox outbox;
    @Autowired
    BackendUpdates backendUpdates;
    @Autowired
    Categories categories;

    long ale() {
        return organisationId("Ale");
    }

    long category(String name) {
        return categories.all(ale()).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    int reportCount() {
        return jdbc.queryForObject("select count(*) from fixamingata.report", Integer.class);
    }

    /** Fills in and previews a report; the draft's path. */
    String draft(String title, String categoryName, String email) throws Exception {
        MvcResult result = mvc.perform(multipart("/fixamingata/rapportera").file(new MockMultipartFile("photos", "lampa.png", "image/png", png()))
                        .with(csrf()).param("lat", ALE_LAT).param("lon", ALE_LON).param("kommun", "1440")
                        .param("category", String.valueOf(category(categoryName))).param("title", title)
                        .param("detail", "Lampan vid busshållplatsen lyser inte.").param("name", "Ida Invånare")
                        .param("email", email).param("phone", "0701234567"))
                .andExpect(status().is3xxRedirection()).andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    /** Sends the draft, follows the e-mailed link; the report's id. */
    long sendAndConfirm(String draftPath, String email) throws Exception {
        mvc.perform(post(draftPath + "/skicka").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        LocalMailCatcher.CaughtMail mail = mails.await(m -> m.isTo(email) && m.subject().startsWith("Bekräfta"), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no confirmation mail to " + email));
        Matcher link = Pattern.compile("http://[^/]+(/fixamingata/bekrafta/[0-9a-f]+)").matcher(mail.text());
        assertThat(link.find()).as("confirmation link in %s", mail.text()).isTrue();
        String reportPath = mvc.perform(get(link.group(1))).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(reportPath.substring(reportPath.lastIndexOf('/') + 1));
    }

    private final java.util.concurrent.atomic.AtomicInteger updaters = new java.util.concurrent.atomic.AtomicInteger();

    /** A resident's update from the report page with an address of its own, confirmed by the e-mailed link's button. */
    void updateAndConfirm(long id, String action, String text, String name) throws Exception {
        String email = "uppdaterare" + updaters.incrementAndGet() + "." + id + "@example.se";
        var request = post("/fixamingata/rapporter/" + id + "/uppdateringar").with(csrf()).param("action", action).param("text", text)
                .param("email", email);
        if (name != null) {
            request.param("name", name);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        confirmUpdate(email);
    }

    /** Opens the update link mailed to the address and presses its button. */
    void confirmUpdate(String email) throws Exception {
        LocalMailCatcher.CaughtMail mail = mails.await(m -> m.isTo(email) && m.subject().equals("Bekräfta din uppdatering i FixaMinGata"),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no update link to " + email));
        Matcher link = Pattern.compile("http://[^/\\s]+(/fixamingata/uppdateringar/bekrafta/[0-9a-f]+)").matcher(mail.text());
        assertThat(link.find()).as("update link in %s", mail.text()).isTrue();
        mvc.perform(get(link.group(1))).andExpect(status().isOk());
        mvc.perform(post(link.group(1)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void aReportGoesFromThePinThroughConfirmationToTheMunicipalitysInbox() throws Exception {
        mvc.perform(get("/fixamingata")).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"lat\"")));
        mvc.perform(get("/fixamingata/rapportera").param("lat", ALE_LAT).param("lon", ALE_LON))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ale kommun")))
                .andExpect(content().string(containsString("Gatubelysning ur funktion")))
                .andExpect(content().string(containsString(Categories.STATE_ROADS)));

        String email = "ida.pin@example.se";
        String draft = draft("Gatlampan släckt vid hållplatsen", "Gatubelysning ur funktion", email);
        assertThat(draft).startsWith("/fixamingata/utkast/");
        mvc.perform(get(draft)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gatlampan släckt vid hållplatsen")))
                .andExpect(content().string(containsString("Rapporterad anonymt")))
                .andExpect(content().string(not(containsString(email))))
                .andExpect(content().string(containsString(draft + "/bilder/0")));
        mvc.perform(get(draft + "/bilder/0")).andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"));

        long id = sendAndConfirm(draft, email);
        mvc.perform(get("/fixamingata/rapporter/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gatlampan släckt vid hållplatsen")))
                .andExpect(content().string(containsString("Kommunen har fått rapporten")))
                .andExpect(content().string(not(containsString(email))))
                .andExpect(content().string(not(containsString("0701234567"))));
        mvc.perform(get("/fixamingata/rapporter/" + id + "/bilder/0")).andExpect(status().isOk());
        mvc.perform(get("/fixamingata/kommuner/1440/rss")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Gatlampan släckt vid hållplatsen</title>")));

        outbox.sendDue();
        LocalMailCatcher.CaughtMail delivered = mails.await(m -> m.isTo("felanmalan@ale.demo.sambruk.se")
                && m.subject().contains("FixaMinGata " + id + ":"), Duration.ofSeconds(20)).orElseThrow();
        assertThat(delivered.text()).contains("Titel: Gatlampan släckt vid hållplatsen", "Länk till ärendet: http://",
                "/fixamingata/rapporter/" + id, "Skickad via FixaMinGata", "Ida Invånare", email);

        Cookie handler = login("ale");
        mvc.perform(get("/fixamingata/handlaggning").cookie(handler)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gatlampan släckt vid hållplatsen")));
        mvc.perform(get("/fixamingata/handlaggning/rapporter/" + id).cookie(handler)).andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        mvc.perform(post("/fixamingata/handlaggning/rapporter/" + id + "/svar").cookie(handler).with(csrf())
                        .param("state", "ACTION_SCHEDULED").param("text", "Vi har beställt ett lampbyte."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/fixamingata/handlaggning/rapporter/" + id + "/anteckningar").cookie(handler).with(csrf())
                        .param("text", "Elentreprenören ringd, intern uppgift"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/fixamingata/rapporter/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vi har beställt ett lampbyte.")))
                .andExpect(content().string(containsString("Åtgärd beställd")))
                .andExpect(content().string(not(containsString("Elentreprenören ringd"))));
        assertThat(mails.await(m -> m.isTo(email) && m.subject().startsWith("Nytt besked"), Duration.ofSeconds(20))).isPresent();

        // the resident says it is fixed, and reopens it
        updateAndConfirm(id, "FIXED", "", null);
        mvc.perform(get("/fixamingata/rapporter/" + id)).andExpect(content().string(containsString("Åtgärdad enligt invånare")));
        updateAndConfirm(id, "REOPEN", "Lampan är släckt igen.", "Ida");
        mvc.perform(get("/fixamingata/rapporter/" + id + "/rss")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lampan är släckt igen.")));
        // a resident's markup reaches feed readers (which render descriptions as HTML) as text
        updateAndConfirm(id, "COMMENT", "Se <b>här</b> <img src=x onerror=alert(1)>", "Ida");
        mvc.perform(get("/fixamingata/rapporter/" + id + "/rss")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Se &amp;lt;b&amp;gt;här&amp;lt;/b&amp;gt; &amp;lt;img")))
                .andExpect(content().string(not(containsString("&lt;img"))));
        mvc.perform(get("/fixamingata/rapporter/" + id)).andExpect(content().string(containsString("Lampan är släckt igen.")))
                .andExpect(content().string(containsString("Öppnad igen av en invånare")));
        outbox.sendDue();
        assertThat(mails.await(m -> m.isTo("felanmalan@ale.demo.sambruk.se") && m.subject().equals("FixaMinGata " + id + ": Öppnad igen av invånare"),
                Duration.ofSeconds(20))).isPresent();
    }

    @Test
    void thePointDecidesTheMunicipality() throws Exception {
        mvc.perform(get("/fixamingata/rapportera").param("lat", "67.85").param("lon", "20.22")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kiruna kommun, som inte tar emot rapporter")));
        mvc.perform(get("/fixamingata/rapportera").param("lat", "52.52").param("lon", "13.40")).andExpect(status().isOk())
                .andExpect(content().string(containsString("utanför Sverige")));
        mvc.perform(get("/fixamingata/rapportera").param("lat", "58.0185").param("lon", "12.1512")).andExpect(status().isOk())
                .andExpect(content().string(containsString("mindre än 100 meter från en kommungräns")))
                .andExpect(content().string(containsString("Skicka till Lilla Edets kommun")));
        mvc.perform(get("/fixamingata/rapportera").param("lat", "58.0185").param("lon", "12.1512").param("kommun", "1440"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Beskriv felet")));
        mvc.perform(get("/fixamingata/rapportera").param("lat", "58.0185").param("lon", "12.1512").param("kommun", "1462"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Lilla Edets kommun, som inte tar emot")));
        mvc.perform(get("/fixamingata/rapportera").param("lat", "59.45").param("lon", "17.95")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sollentuna kommun")));
    }

    @Test
    void badInputIsRefusedClearlyAndNothingIsStored() throws Exception {
        int before = reportCount();
        mvc.perform(post("/fixamingata/rapportera").with(csrf()).param("lat", ALE_LAT).param("lon", ALE_LON)
                        .param("title", "Utan kategori").param("detail", "x").param("name", "A").param("email", "a@example.se"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Välj en kategori.")))
                .andExpect(content().string(containsString("value=\"Utan kategori\"")));
        mvc.perform(post("/fixamingata/rapportera").with(csrf()).param("title", "Utan plats"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ange platsen")));
        mvc.perform(post("/fixamingata/rapportera").with(csrf()).param("lat", "52.52").param("lon", "13.40").param("title", "Berlin"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("utanför Sverige")));
        byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
        mvc.perform(multipart("/fixamingata/rapportera").file(new MockMultipartFile("photos", "stor.jpg", "image/jpeg", twentyMegabytes))
                        .with(csrf()).param("lat", ALE_LAT).param("lon", ALE_LON).param("category", String.valueOf(category("Klotter")))
                        .param("title", "Stor bild").param("detail", "x").param("name", "A").param("email", "a@example.se"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Bilden stor.jpg är för stor")));
        mvc.perform(multipart("/fixamingata/rapportera").file(new MockMultipartFile("photos", "faktura.pdf", "image/jpeg", "%PDF-1.7".getBytes()))
                        .with(csrf()).param("lat", ALE_LAT).param("lon", ALE_LON).param("category", String.valueOf(category("Klotter")))
                        .param("title", "Ingen bild").param("detail", "x").param("name", "A").param("email", "a@example.se"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Filen faktura.pdf är ingen bild")));
        assertThat(reportCount()).isEqualTo(before);
    }

    @Test
    void nearbyOpenReportsOfTheSameCategoryAreOfferedAndTheResidentCanAddToOne() throws Exception {
        String first = draft("Klotter på elskåpet", "Klotter", "forsta@example.se");
        long existing = sendAndConfirm(first, "forsta@example.se");
        String second = draft("Klotter igen", "Klotter", "andra@example.se");
        mvc.perform(get(second)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Redan rapporterat i närheten")))
                .andExpect(content().string(containsString("Klotter på elskåpet")));
        mvc.perform(post(second + "/lagg-till").with(csrf()).param("report", String.valueOf(existing)))
                .andExpect(status().is3xxRedirection());
        // held like any resident's update until its link is confirmed
        mvc.perform(get("/fixamingata/rapporter/" + existing)).andExpect(content().string(not(containsString("Klotter igen"))));
        confirmUpdate("andra@example.se");
        mvc.perform(get("/fixamingata/rapporter/" + existing)).andExpect(content().string(containsString("Klotter igen")));
        mvc.perform(get(second)).andExpect(status().isNotFound());
    }

    @Test
    void staffOfOtherMunicipalitiesAndResidentsDoNotReachTheInbox() throws Exception {
        mvc.perform(get("/fixamingata/handlaggning")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/fixamingata/handlaggning").cookie(login("kiruna"))).andExpect(status().isForbidden());
        mvc.perform(get("/fixamingata/handlaggning").cookie(login("malmo"))).andExpect(status().isForbidden());
    }

    @Test
    void moderationHidesTextAndLogsTheReason() throws Exception {
        long id = sendAndConfirm(draft("Olämplig text", "Övrigt", "mod@example.se"), "mod@example.se");
        Cookie handler = login("ale");
        mvc.perform(post("/fixamingata/handlaggning/rapporter/" + id + "/moderering").cookie(handler).with(csrf())
                .param("hideDetail", "true").param("reason", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv skälet")));
        mvc.perform(post("/fixamingata/handlaggning/rapporter/" + id + "/moderering").cookie(handler).with(csrf())
                .param("hideDetail", "true").param("hidePhotos", "true").param("reason", "Personuppgifter i texten"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/fixamingata/rapporter/" + id)).andExpect(content().string(containsString("Beskrivningen är dold")))
                .andExpect(content().string(not(containsString("Lampan vid busshållplatsen"))))
                .andExpect(content().string(not(containsString("Personuppgifter i texten"))));
        mvc.perform(get("/fixamingata/rapporter/" + id + "/bilder/0")).andExpect(status().isNotFound());
        mvc.perform(get("/fixamingata/handlaggning/rapporter/" + id).cookie(handler))
                .andExpect(content().string(containsString("Personuppgifter i texten")));
    }

    /** The category's reports go to a back-end at this URL. */
    Category routeTo(String categoryName, Category.SendMethod method, String url, String key) {
        long id = category(categoryName);
        categories.route(ale(), id, method, url, key, method == Category.SendMethod.OPEN311 ? "GATA-01" : "street", true);
        return categories.find(id).orElseThrow();
    }

    @Test
    void anOpen311BackEndThatIsDownGetsTheReportLaterExactlyOnceAndItsUpdatesComeBack() throws Exception {
        try (FakeBackend backend = new FakeBackend()) {
            backend.on("POST /open311/requests.json", request -> new FakeBackend.Answer(201, "[{\"service_request_id\":\"INF-4711\",\"service_notice\":\"\"}]"))
                    .on("POST /open311/servicerequestupdates.json", request -> new FakeBackend.Answer(200, "[{\"update_id\":\"u1\"}]"))
                    .on("GET /open311/servicerequestupdates.json", request -> new FakeBackend.Answer(200, """
                            [{"update_id":"INF-U-1","service_request_id":"INF-4711","status":"closed","updated_datetime":"2026-11-27T08:00:00+01:00",
                              "description":"Hålet är lagat av entreprenören.","media_url":""}]"""));
            routeTo("Hål eller skador i vägen", Category.SendMethod.OPEN311, allowFake(backend.url()) + "/open311", "secret-key");
            backend.down = true;
            long id = sendAndConfirm(draft("Hål i vägen vid skolan", "Hål eller skador i vägen", "hal@example.se"), "hal@example.se");
            outbox.sendDue();
            String error = jdbc.queryForObject("select last_error from fixamingata.delivery where report_id = ? and update_id is null", String.class, id);
            assertThat(error).contains("503");
            mvc.perform(get("/fixamingata/handlaggning/rapporter/" + id).cookie(login("ale"))).andExpect(content().string(containsString("HTTP 503")));

            backend.down = false;
            jdbc.update("update fixamingata.delivery set next_attempt_at = now() where report_id = ?", id);
            outbox.sendDue();
            outbox.sendDue();
            var posts = backend.requests("POST", "/open311/requests.json").stream()
                    .filter(r -> r.form().get("attribute[fixamingata_id]").equals(String.valueOf(id))).toList();
            assertThat(posts).hasSize(1);
            var form = posts.get(0).form();
            assertThat(form).containsEntry("api_key", "secret-key").containsEntry("service_code", "GATA-01").containsEntry("lat", ALE_LAT);
            assertThat(form.get("description")).isEqualTo("Titel: Hål i vägen vid skolan\n\nBeskrivning: Lampan vid busshållplatsen lyser inte.\n\n"
                    + "Länk till ärendet: http://localhost:8080/fixamingata/rapporter/" + id + "\n\nSkickad via FixaMinGata");
            assertThat(jdbc.queryForObject("select external_id from fixamingata.report where id = ?", String.class, id)).isEqualTo("INF-4711");

            backendUpdates.pull();
            backendUpdates.pull(); // the same update_id twice: once in the timeline
            mvc.perform(get("/fixamingata/rapporter/" + id)).andExpect(content().string(containsString("Hålet är lagat av entreprenören.")))
                    .andExpect(content().string(containsString("Åtgärdad av kommunen")));
            assertThat(jdbc.queryForObject("select count(*) from fixamingata.report_update where report_id = ? and kind = 'BACKEND'", Integer.class, id))
                    .isEqualTo(1);
            // the back-end's own time of the update is kept, not the time it was pulled
            assertThat(jdbc.queryForObject("select created_at from fixamingata.report_update where report_id = ? and kind = 'BACKEND'",
                    java.sql.Timestamp.class, id).toInstant()).isEqualTo(java.time.Instant.parse("2026-11-27T07:00:00Z"));

            updateAndConfirm(id, "REOPEN", "Hålet är tillbaka efter regnet.", null);
            outbox.sendDue();
            var updates = backend.requests("POST", "/open311/servicerequestupdates.json");
            assertThat(updates).anySatisfy(update -> assertThat(update.form()).containsEntry("service_request_id", "INF-4711")
                    .containsEntry("status", "OPEN").containsEntry("description", "Hålet är tillbaka efter regnet."));
        }
    }

    @Test
    void aHandlerCannotPointACategoryInsideAndABackEndsBodyIsNeverShown() throws Exception {
        Cookie handler = login("ale");
        try (FakeBackend internal = new FakeBackend()) {
            internal.on("POST /internal/requests.json", request -> new FakeBackend.Answer(500, "{\"secret\":\"INTERNAL-ANSWER-42\"}"));
            // the form refuses the address inline, whatever the method chosen
            mvc.perform(post("/fixamingata/handlaggning/kategorier").cookie(handler).with(csrf()).param("name", "Intern kategori")
                            .param("method", "OPEN311").param("open311Url", internal.url() + "/internal").param("open311Key", "k")
                            .param("open311Code", "X").param("active", "true"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("internt nät")));
            mvc.perform(post("/fixamingata/handlaggning/kategorier").cookie(handler).with(csrf()).param("name", "Intern kategori")
                            .param("method", "EMAIL").param("email", "a@example.se").param("serviceNowUrl", "http://169.254.169.254/latest")
                            .param("active", "true"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("internt nät")));
            assertThat(jdbc.queryForObject("select count(*) from fixamingata.category where name = 'Intern kategori'", Integer.class)).isZero();

            // an address stored earlier that now points inside: refused before connecting, the reason shown
            routeTo("Hål eller skador i vägen", Category.SendMethod.OPEN311, internal.url() + "/internal", "secret-key");
            long refused = sendAndConfirm(draft("Hål vid intern server", "Hål eller skador i vägen", "intern@example.se"), "intern@example.se");
            outbox.sendDue();
            assertThat(internal.received).isEmpty();
            mvc.perform(get("/fixamingata/handlaggning/rapporter/" + refused).cookie(handler))
                    .andExpect(content().string(containsString("internt nät")));

            // an allowed back-end that fails: its status, never its body
            allowFake(internal.url());
            long failed = sendAndConfirm(draft("Hål vid trasig server", "Hål eller skador i vägen", "trasig@example.se"), "trasig@example.se");
            outbox.sendDue();
            assertThat(internal.received).isNotEmpty();
            mvc.perform(get("/fixamingata/handlaggning/rapporter/" + failed).cookie(handler))
                    .andExpect(content().string(containsString("HTTP 500 (Internal Server Error)")))
                    .andExpect(content().string(not(containsString("INTERNAL-ANSWER-42"))));
            assertThat(jdbc.queryForList("select last_error from fixamingata.delivery where report_id in (?, ?)", String.class, refused, failed))
                    .noneMatch(error -> error != null && error.contains("INTERNAL-ANSWER-42"));
        } finally {
            jdbc.update("update fixamingata.delivery set sent_at = now() where sent_at is null");
        }
    }

    @Test
    void aServiceNowBackEndGetsAnIncidentAndItsStateComesBack() throws Exception {
        try (FakeBackend serviceNow = new FakeBackend()) {
            serviceNow.on("POST /api/now/table/incident", request -> new FakeBackend.Answer(201,
                            "{\"result\":{\"sys_id\":\"9d385017c611228701d22104cc95c371\",\"number\":\"INC0010001\",\"state\":\"1\"}}"))
                    .on("GET /api/now/table/incident/9d385017c611228701d22104cc95c371", request -> new FakeBackend.Answer(200,
                            "{\"result\":{\"state\":\"6\",\"close_notes\":\"Trädet är bortforslat.\",\"sys_updated_on\":\"2026-11-27 08:00:00\"}}"));
            routeTo("Träd och buskar", Category.SendMethod.SERVICENOW, allowFake(serviceNow.url()), "fmg:servicenow-password");
            long id = sendAndConfirm(draft("Nedfallet träd över gångvägen", "Träd och buskar", "trad@example.se"), "trad@example.se");
            outbox.sendDue();
            var created = serviceNow.requests("POST", "/api/now/table/incident");
            assertThat(created).anySatisfy(request -> {
                assertThat(request.body()).contains("\"short_description\":\"Nedfallet träd över gångvägen\"", "Skickad via FixaMinGata");
                assertThat(request.authorization()).isEqualTo("Basic " + java.util.Base64.getEncoder().encodeToString("fmg:servicenow-password".getBytes()));
            });
            backendUpdates.pull();
            mvc.perform(get("/fixamingata/rapporter/" + id)).andExpect(content().string(containsString("Trädet är bortforslat.")));
        }
    }
}
