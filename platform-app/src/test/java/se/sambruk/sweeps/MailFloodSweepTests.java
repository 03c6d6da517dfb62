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

    /** An input that carries an e-mail address the user types. */
    static final Pattern ADDRESS_INPUT = Pattern.compile("(?i).*(e-?mail|epost|recipient|mottagare).*");
    /** A path that sends something on the user's request: an invitation, a sign-in link, a notice, a message. */
    static final Pattern SENDING_PATH = Pattern.compile("(?i).*(invit|inbjud|password-link|notice|kallelse|message|meddelande|notify|remind|paminn).*");

    /**
     * Signed-in forms the sweep finds (an address input or a sending path) that mail nothing on the
     * user's request, or are limited per user and recipient and flooded in their own test, with the reason.
     */
    static final Map<String, String> SIGNED_IN_SEND_NO_MAIL = Map.ofEntries(
            Map.entry("POST /org/contacts/new", "stores a contact person of the member; mails nothing"),
            Map.entry("POST /org/contacts/{id}", "edits a contact person; mails nothing"),
            Map.entry("POST /org/events/register", "registers a participant for an event; mails nothing"),
            Map.entry("POST /admin/membership/networks/{id}/participants", "adds a participant to a network; mails nothing"),
            Map.entry("POST /fixamingata/handlaggning/kategorier", "stores a category's inbox; mail goes there only with residents' reports, which are limited"),
            Map.entry("POST /fixamingata/handlaggning/kategorier/{id}", "edits a category's inbox, as above"),
            Map.entry("POST /provisum/guardians", "stores a guardian; mails nothing"),
            Map.entry("POST /provisum/guardians/{id}/suitability", "records a guardian's suitability check; mails nothing"),
            Map.entry("POST /provisum/principals/{id}/messages",
                    "the office writes to the principal's own guardians at their stored addresses (not typed), a mail without personal data;"
                            + " not limited per caseworker yet"),
            Map.entry("POST /e-tjanster/provisum/huvudman/{principalId}/meddelanden",
                    "a guardian writes to the office's caseworkers (not a typed address); limited per client address and principal, flooded in ProvisumMessagesTests"),
            Map.entry("POST /tillarbetslivet/places", "stores a place and its supervisor's address; mails nothing (the invitation is /invite)"),
            Map.entry("POST /tillarbetslivet/pupils/{id}/guardians", "stores a pupil's guardian; mails nothing"),
            Map.entry("POST /tillarbetslivet/places/{id}/invite",
                    "limited per client address (30 a day) and recipient (3 a day), flooded in TillarbetslivetWorkplaceTests; not yet per user"),
            Map.entry("POST /tillarbetslivet/workplaces/invite", "the same limit as /tillarbetslivet/places/{id}/invite, flooded in TillarbetslivetWorkplaceTests"),
            Map.entry("POST /e-tjanster/tillarbetslivet/arbetsplatser", "the supervisor stores their workplace; mails nothing"),
            Map.entry("POST /e-tjanster/tillarbetslivet/arbetsplatser/{id}", "the supervisor edits their workplace; mails nothing"),
            Map.entry("POST /e-tjanster/tillarbetslivet/arbetsplatser/{id}/erbjudanden", "the supervisor offers places; mails nothing"),
            Map.entry("POST /e-tjanster/tillarbetslivet/erbjudanden/{id}/andra", "the workplace stores a new version of its offer, to be signed and approved; mails nothing"),
            Map.entry("POST /e-tjanster/tillarbetslivet/inbjudan/{token}", "the invited supervisor joins the place; mails nothing"),
            Map.entry("POST /e-tjanster/tillarbetslivet/mina-val/egen-plats",
                    "the pupil's own place mails its contact once: limited per pupil (5 a day) and recipient (3 a day), flooded in TillarbetslivetWorkplaceTests"),
            Map.entry("POST /uka/installningar", "stores the office's settings; mails nothing"),
            Map.entry("POST /uka/personer", "stores a young person; mails nothing"));

    /** Two floods of a signed-in form: one sender to many recipients, and many uses to one recipient. */
    record SignedInFloods(Flood perUser, Flood perRecipient) {
    }

    @Test
    void everySignedInFormThatMailsAnAddressIsLimitedPerUserAndPerRecipient() throws Exception {
        Map<String, SignedInFloods> floods = signedInFloods();
        Findings findings = new Findings();
        List<String> inventory = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method() != HttpMethod.POST || endpoint.isApi() || PublicEndpoints.isPublic(HttpMethod.POST, endpoint.path(variable -> "1"))) {
                continue;
            }
            boolean typedAddress = java.util.stream.Stream.concat(endpoint.parameters().stream(), endpoint.bodyFields().stream())
                    .anyMatch(input -> ADDRESS_INPUT.matcher(input).matches());
            if (!typedAddress && !SENDING_PATH.matcher(endpoint.pattern()).matches()) {
                continue;
            }
            String name = endpoint.toString();
            inventory.add("  " + name + (floods.containsKey(name) ? ": limited per user and recipient"
                    : SIGNED_IN_SEND_NO_MAIL.containsKey(name) ? ": " + SIGNED_IN_SEND_NO_MAIL.get(name) : ": NOT CLASSIFIED"));
            if (SIGNED_IN_SEND_NO_MAIL.containsKey(name)) {
                continue;
            }
            SignedInFloods flood = floods.get(name);
            if (flood == null) {
                findings.check(false, name, "a signed-in form that mails or notifies an address, not classified: limit it per user and"
                        + " per recipient (PublicFormLimits with the user as the first key) and give it two floods here, or a reason it mails nothing");
                continue;
            }
            for (var entry : Map.of("one user", flood.perUser(), "one recipient", flood.perRecipient()).entrySet()) {
                Flood one = entry.getValue();
                RequestPostProcessor from = freshAddress();
                for (int attempt = 1; attempt <= one.limit(); attempt++) {
                    findings.check(!one.use().refused(attempt, from), name + " (" + entry.getKey() + ") use " + attempt,
                            "refused within its limit of " + one.limit());
                }
                findings.check(one.use().refused(one.limit() + 1, from), name + " (" + entry.getKey() + ") use " + (one.limit() + 1),
                        "not refused past its limit of " + one.limit() + " from " + entry.getKey());
            }
        }
        System.out.printf("Mail-flood sweep: signed-in forms that mail an address%n%s%n", String.join("\n", inventory));
        findings.assertNone("signed-in mail-flood sweep");
    }

    /** An organisation of the sweep's own, with its administrators and users (no demo organisation's lists change). */
    private long floodOrganisation() {
        String name = "Flodkommun (svep)";
        synchronized (SweepTest.class) {
            if (jdbc.queryForObject("select count(*) from core.organisation where name = ?", Integer.class, name) == 0) {
                jdbc.update("insert into core.organisation (type, name) values ('MUNICIPALITY', ?)", name);
            }
        }
        return organisationId(name);
    }

    /** A user to send password links to, without a password of its own (no hashing: the flood makes many). */
    private long linkTarget(String username, long organisation) {
        synchronized (SweepTest.class) {
            if (!users.existsByUsernameIgnoreCase(username)) {
                accounts.createUser(username, "Mål " + username, username + "@flood.example.se", organisation,
                        java.util.Set.of(se.sambruk.core.Roles.CASEWORKER), null);
            }
        }
        return userId(username);
    }

    private Map<String, SignedInFloods> signedInFloods() throws Exception {
        long organisation = floodOrganisation();
        String flodkommun = "Flodkommun (svep)";
        Map<String, SignedInFloods> floods = new LinkedHashMap<>();
        int invitations = 50; // UserController.INVITATIONS: 50 a day per user, 3 to one address
        int links = 30; // UserController.PASSWORD_LINKS: 30 an hour per user, 3 to one address
        java.util.function.BiFunction<String, String, Use> invite = (base, sender) -> {
            try {
                sweepUser(sender, base.startsWith("/admin") ? "Sambruk" : flodkommun, base.startsWith("/admin")
                        ? se.sambruk.core.Roles.SAMBRUK_ADMIN : se.sambruk.core.Roles.ORG_ADMIN);
                Caller caller = user(sender);
                return (attempt, from) -> {
                    String recipient = sender.endsWith("-r") ? sender + "@flood.example.se" : sender + "-" + attempt + "@flood.example.se";
                    MockHttpServletRequestBuilder request = post(base + "/new").param("username", sender + ".invited." + attempt)
                            .param("displayName", "Inbjuden " + attempt).param("email", recipient).param("roles", se.sambruk.core.Roles.CASEWORKER);
                    if (base.startsWith("/admin")) {
                        request.param("organisation", String.valueOf(organisationId("Sambruk")));
                    }
                    return body(caller.sign().apply(request)).contains("många inbjudningar");
                };
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        floods.put("POST /admin/users/new", new SignedInFloods(new Flood(invitations, invite.apply("/admin/users", "flood.staff.u")),
                new Flood(3, invite.apply("/admin/users", "flood.staff-r"))));
        floods.put("POST /org/users/new", new SignedInFloods(new Flood(invitations, invite.apply("/org/users", "flood.admin.u")),
                new Flood(3, invite.apply("/org/users", "flood.admin-r"))));
        java.util.function.BiFunction<String, String, Use> link = (base, sender) -> {
            try {
                sweepUser(sender, base.startsWith("/admin") ? "Sambruk" : flodkommun, base.startsWith("/admin")
                        ? se.sambruk.core.Roles.SAMBRUK_ADMIN : se.sambruk.core.Roles.ORG_ADMIN);
                Caller caller = user(sender);
                return (attempt, from) -> {
                    long target = linkTarget(sender.endsWith("-r") ? sender + ".target" : sender + ".target." + attempt, organisation);
                    MvcResult result = mvc.perform(caller.sign().apply(post(base + "/" + target + "/password-link"))).andReturn();
                    return "password.link.tooMany".equals(result.getFlashMap().get("errorKey"));
                };
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        floods.put("POST /admin/users/{id}/password-link", new SignedInFloods(new Flood(links, link.apply("/admin/users", "flood.staff.l")),
                new Flood(3, link.apply("/admin/users", "flood.staff.l-r"))));
        floods.put("POST /org/users/{id}/password-link", new SignedInFloods(new Flood(links, link.apply("/org/users", "flood.admin.l")),
                new Flood(3, link.apply("/org/users", "flood.admin.l-r"))));
        assertThat(organisation).isPositive();
        return floods;
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
