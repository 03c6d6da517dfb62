package se.sambruk.bibblix;

import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import se.sambruk.PlatformTest;
import se.sambruk.bibblix.sip2.Sip2FakeServer;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Children's cards on the demo's SIP2 fake, signing in with them, and librarians of other municipalities. */
abstract class BibblixTestSupport extends PlatformTest {

    static final String BOUNDARY = "----bibblixTestBoundary4f9a";

    /**
     * The import form's POST as a browser sends it: a multipart body with the file (Bibblix reads
     * the body itself, streaming, so it must be a real one) and the CSRF token in a header.
     */
    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder upload(String fileName, byte[] content) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        if (fileName != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: application/xml\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return post("/bibblix/bibliotekarie/import").contentType("multipart/form-data; boundary=" + BOUNDARY).content(body.toByteArray())
                .with(csrf().asHeader());
    }


    @Autowired
    Sip2FakeServer sip2;
    @Autowired
    UserAccounts accounts;

    long libraryOf(String municipality) {
        return jdbc.queryForObject("select id from bibblix.library where organisation_id = ?", Long.class, organisationId(municipality));
    }

    long titleId(String title) {
        return jdbc.queryForObject("select id from bibblix.title where title = ?", Long.class, title);
    }

    /** A fresh made-up card with PIN 2468 on the fake library system. */
    String newCard(String prefix) {
        String card = prefix + String.format("%06d", (System.nanoTime() / 1000) % 1_000_000);
        sip2.card(card, "2468");
        return card;
    }

    /** Signs a child in with the card (through the form) and returns the session cookie. */
    Cookie child(String municipality, String card) throws Exception {
        MvcResult result = mvc.perform(post("/bibblix/logga-in").with(csrf()).param("bibliotek", String.valueOf(libraryOf(municipality)))
                .param("kort", card).param("pin", "2468")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("child sign-in: %s", result.getResponse().getContentAsString())
                .isEqualTo("/bibblix/mina-lan");
        Cookie session = result.getResponse().getCookie(SESSION_COOKIE);
        assertThat(session).isNotNull();
        return session;
    }

    Cookie librarian(String username, String municipality) throws Exception {
        synchronized (BibblixTestSupport.class) {
            if (jdbc.queryForObject("select count(*) from core.app_user where username = ?", Integer.class, username) == 0) {
                accounts.createUser(username, "Bibliotekarie " + municipality, null, organisationId(municipality), Set.of(Bibblix.LIBRARIAN),
                        DEMO_PASSWORD);
            }
        }
        return login(username);
    }
}
