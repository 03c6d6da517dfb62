package se.sambruk.fixamingata;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import se.sambruk.PlatformTest;
import se.sambruk.core.notification.LocalMailCatcher;
import se.sambruk.core.notification.MailOutbox;
import se.sambruk.fixamingata.report.Categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A resident's steps that the residents' tests share: a confirmed report, the link of an e-mail, signing in. */
abstract class ResidentTestSupport extends PlatformTest {

    static final String ALE_LAT = "57.96", ALE_LON = "12.15";

    @Autowired
    LocalMailCatcher mails;
    @Autowired
    MailOutbox mailOutbox;
    @Autowired
    Categories categories;

    long category(String name) {
        return categories.all(organisationId("Ale")).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A report with a photo at a point in Ale, sent and confirmed by its e-mailed link; its id. */
    long confirmedReport(String title, String email, String lat, String lon) throws Exception {
        MvcResult drafted = mvc.perform(multipart("/fixamingata/rapportera").file(new MockMultipartFile("photos", "bild.png", "image/png", png()))
                        .with(csrf()).param("lat", lat).param("lon", lon).param("kommun", "1440")
                        .param("category", String.valueOf(category("Klotter"))).param("title", title)
                        .param("detail", "Beskrivning av " + title).param("name", "Ida Invånare").param("showName", "true")
                        .param("email", email).param("phone", "0709876543"))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(post(drafted.getResponse().getRedirectedUrl() + "/skicka").with(csrf())).andExpect(status().isOk());
        String confirm = link(email, "Bekräfta din rapport", "/fixamingata/bekrafta/[0-9a-f]+");
        String reportPath = mvc.perform(get(confirm)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(reportPath.substring(reportPath.lastIndexOf('/') + 1));
    }

    /** The path of the newest link of that form in a mail to the address whose subject starts so. */
    String link(String email, String subjectStart, String pathPattern) {
        LocalMailCatcher.CaughtMail mail = mails.await(m -> m.isTo(email) && m.subject().startsWith(subjectStart)
                        && Pattern.compile(pathPattern).matcher(m.text()).find() && !used.contains(m), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no mail '" + subjectStart + "' to " + email));
        used.add(mail);
        Matcher link = Pattern.compile("http://[^/\\s]+(" + pathPattern + ")").matcher(mail.text());
        assertThat(link.find()).as("link in %s", mail.text()).isTrue();
        return link.group(1);
    }

    private final java.util.Set<LocalMailCatcher.CaughtMail> used = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Signs the resident in by the e-mailed link; the session cookie that carries the sign-in. */
    Cookie signIn(String email) throws Exception {
        mvc.perform(post("/fixamingata/konto/inloggning").with(csrf()).param("email", email)).andExpect(status().isOk());
        String path = link(email, "Logga in på FixaMinGata", "/fixamingata/konto/inloggning/[0-9a-f]+");
        MvcResult result = mvc.perform(post(path).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/fixamingata/konto");
        Cookie session = result.getResponse().getCookie(SESSION_COOKIE);
        assertThat(session).as("the resident's session cookie").isNotNull();
        return session;
    }

    /** Every mail to the address so far, after the core's outbox has sent what waits. */
    java.util.List<LocalMailCatcher.CaughtMail> mailsTo(String email) {
        mailOutbox.sendDue();
        return mails.mails().stream().filter(m -> m.isTo(email)).toList();
    }
}
