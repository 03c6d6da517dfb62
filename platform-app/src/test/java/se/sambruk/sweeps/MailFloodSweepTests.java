package se.sambruk.sweeps;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.sambruk.core.notification.LocalMailCatcher;
import se.sambruk.core.security.PublicEndpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form anyone may send without signing in either sends no mail (and says why, below) or is
 * limited: sent again and again from one client address, it stops before the flood, with an inline
 * message, and the mails stop. A new public form fails this sweep until it is classified here: a
 * flood scenario for one that mails or forwards, a reason for one that does not.
 */
class MailFloodSweepTests extends SweepTest {

    /** Public forms that send no mail and forward nothing, with the reason. */
    static final Map<String, String> SEND_NO_MAIL = Map.ofEntries(
            Map.entry("POST /login", "signs in"),
            Map.entry("POST /setup", "the first administrator, with the one-time token from the server's log"),
            Map.entry("POST /password/{token}", "sets the password of the e-mailed link's user"),
            Map.entry("POST /fixamingata/rapportera", "stores a draft, which mails nothing until sent (/skicka)"),
            Map.entry("POST /fixamingata/utkast/{token}", "revises the draft"),
            Map.entry("POST /fixamingata/bevakningar/bekrafta/{token}", "confirms the e-mailed token's alert"),
            Map.entry("POST /fixamingata/uppdateringar/bekrafta/{token}",
                    "publishes and forwards the e-mailed token's held update, once (the form that held it is limited)"),
            Map.entry("POST /fixamingata/bevakningar/avsluta/{token}", "stops the e-mailed token's alert"),
            Map.entry("POST /fixamingata/konto/inloggning/{token}", "signs in by the e-mailed link"),
            Map.entry("POST /fixamingata/konto/utloggning", "signs out"),
            Map.entry("POST /fixamingata/konto/rapporter/{id}", "the signed-in resident edits their own report"),
            Map.entry("POST /fixamingata/konto/rapporter/{id}/dolj", "the signed-in resident hides their own report"),
            Map.entry("POST /fixamingata/konto/bevakningar/{id}/avsluta", "the signed-in resident stops their own alert"),
            Map.entry("POST /fixamingata/konto/radera", "the signed-in resident deletes their account"),
            Map.entry("POST /open311/v2/requests.{format}", "only for holders of a municipality's api_key"),
            Map.entry("POST /open311/v2/servicerequestupdates.{format}", "only for holders of a municipality's api_key"),
            Map.entry("POST /bibblix/logga-in", "checks a library card over SIP2 (limited per card and address in BibblixTests)"),
            Map.entry("POST /bibblix/logga-ut", "signs the child out"),
            Map.entry("POST /bibblix/bocker/{id}/lana", "the signed-in child's loan, registered with the supplier"),
            Map.entry("POST /e-tjanster/logga-ut", "signs the resident out"),
            Map.entry("POST /test-idp/authorize", "the demo's test identity provider: one picks a made-up person"),
            Map.entry("POST /test-idp/token", "the demo's test identity provider's token endpoint, for its client"));

    static final String ALE_LAT = "57.96", ALE_LON = "12.15";

    @Autowired
    LocalMailCatcher mails;

    private int addresses;

    /** A fresh client address for each flood: the tests' own 127.0.0.1 is exempt from the limits. */
    private RequestPostProcessor freshAddress() {
        String address = "198.51.100." + (++addresses);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** One use of a mailing form from an address; whether the form refused it as too many. */
    @FunctionalInterface
    interface Use {
        boolean refused(int attempt, RequestPostProcessor from) throws Exception;
    }

    record Flood(int limit, Use use) {
    }

    @Test
    void everyPublicFormThatSendsMailIsLimited() throws Exception {
        Map<String, Flood> floods = floods();
        Findings findings = new Findings();
        List<String> inventory = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method() != HttpMethod.POST || !PublicEndpoints.isPublic(HttpMethod.POST, endpoint.path(variable -> "1"))) {
                continue;
            }
            String name = endpoint.toString();
            inventory.add("  " + name + (floods.containsKey(name) ? ": limited" : SEND_NO_MAIL.containsKey(name) ? ": " + SEND_NO_MAIL.get(name) : ""));
            if (SEND_NO_MAIL.containsKey(name)) {
                continue;
            }
            Flood flood = floods.get(name);
            if (flood == null) {
                findings.check(false, name, "a public form not classified: give it a flood scenario (and a PublicFormLimits limit) or a reason it mails nothing");
                continue;
            }
            RequestPostProcessor from = freshAddress();
            for (int attempt = 1; attempt <= flood.limit(); attempt++) {
                findings.check(!flood.use().refused(attempt, from), name + " use " + attempt, "refused within its limit of " + flood.limit());
            }
            findings.check(flood.use().refused(flood.limit() + 1, from), name + " use " + (flood.limit() + 1),
                    "not refused past its limit of " + flood.limit() + " from one address");
        }
        System.out.printf("Mail-flood sweep: public forms%n%s%n", String.join("\n", inventory));
        assertThat(floods).as("flood scenarios").hasSizeGreaterThanOrEqualTo(6);
        findings.assertNone("mail-flood sweep");
    }

    private Map<String, Flood> floods() throws Exception {
        Map<String, Flood> floods = new LinkedHashMap<>();
        long published = publishedReport();
        floods.put("POST /fixamingata/utkast/{token}/skicka", new Flood(10, (attempt, from) -> {
            String draft = draft("flood" + attempt + "-" + addresses + "@example.se");
            MvcResult result = mvc.perform(post(draft + "/skicka").with(csrf()).with(from)).andReturn();
            return "fmg.report.tooMany".equals(result.getFlashMap().get("errorKey"));
        }));
        floods.put("POST /fixamingata/utkast/{token}/lagg-till", new Flood(10, (attempt, from) -> {
            String draft = draft("addto" + attempt + "@example.se");
            MvcResult result = mvc.perform(post(draft + "/lagg-till").with(csrf()).with(from).param("report", String.valueOf(published))).andReturn();
            return "fmg.update.tooMany".equals(result.getFlashMap().get("errorKey"));
        }));
        floods.put("POST /fixamingata/rapporter/{id}/uppdateringar", new Flood(10, (attempt, from) ->
                body(post("/fixamingata/rapporter/" + published + "/uppdateringar").with(csrf()).with(from).param("action", "COMMENT")
                        .param("text", "Kommentar " + attempt).param("email", "update" + attempt + "-" + addresses + "@example.se"))
                        .contains("Många uppdateringar")));
        floods.put("POST /membership/apply", new Flood(5, (attempt, from) ->
                body(post("/membership/apply").with(csrf()).with(from).param("organisationName", "Flodkommun " + attempt)
                        .param("organisationKind", "MUNICIPALITY").param("contactName", "Flod").param("contactEmail", "apply" + attempt + "@example.se")
                        .param("motivation", "Vi vill gärna bli medlemmar i föreningen.")).contains("Många ansökningar")));
        floods.put("POST /fixamingata/bevakningar", new Flood(10, (attempt, from) ->
                body(post("/fixamingata/bevakningar").with(csrf()).with(from).param("rapport", String.valueOf(published))
                        .param("email", "alert" + attempt + "-" + addresses + "@example.se")).contains("många bevakningar")));
        floods.put("POST /fixamingata/konto/inloggning", new Flood(10, (attempt, from) ->
                body(post("/fixamingata/konto/inloggning").with(csrf()).with(from).param("email", "signin" + attempt + "-" + addresses + "@example.se"))
                        .contains("Du har bett om många länkar")));
        return floods;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A draft report at a point in Ale (from the tests' own address); its path. */
    private String draft(String email) throws Exception {
        long category = jdbc.queryForObject("select min(id) from fixamingata.category where organisation_id = ? and name = 'Klotter'",
                Long.class, organisationId("Ale"));
        return mvc.perform(multipart("/fixamingata/rapportera").file(new MockMultipartFile("photos", "bild.png", "image/png", png()))
                        .with(csrf()).param("lat", ALE_LAT).param("lon", ALE_LON).param("kommun", "1440")
                        .param("category", String.valueOf(category)).param("title", "Klotter på muren")
                        .param("detail", "Klotter på muren vid skolan.").param("name", "Flod Invånare").param("email", email))
                .andReturn().getResponse().getRedirectedUrl();
    }

    /** A published report at the drafts' point and category, so drafts can be added to it. */
    private long publishedReport() throws Exception {
        String email = "flood-base@example.se";
        String draft = draft(email);
        mvc.perform(post(draft + "/skicka").with(csrf()));
        LocalMailCatcher.CaughtMail mail = mails.await(m -> m.isTo(email) && m.text().contains("/fixamingata/bekrafta/"), Duration.ofSeconds(20))
                .orElseThrow();
        Matcher link = Pattern.compile("http://[^/\\s]+(/fixamingata/bekrafta/[0-9a-f]+)").matcher(mail.text());
        assertThat(link.find()).isTrue();
        String path = mvc.perform(get(link.group(1))).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
