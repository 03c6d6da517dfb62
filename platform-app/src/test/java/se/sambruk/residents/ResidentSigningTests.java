package se.sambruk.residents;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import se.sambruk.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signing through a service's e-service (the test module's /e-tjanster/provtjanst, written as the
 * developer guide says): a fresh authentication bound to the document's SHA-256, stored with the
 * provider's ID token, shown as "Signerad av X den Y", and no longer valid once the document changed.
 */
class ResidentSigningTests extends PlatformTest {

    @Test
    void aResidentSignsAndAChangedDocumentInvalidatesTheSignature() throws Exception {
        ResidentFlow flow = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "196411139808"));
        flow.perform(post("/e-tjanster/provtjanst/dokument").with(csrf()).param("text", "Årsräkning 2026: 1 000 kr"));

        URI authorization = startSigning(flow);
        Map<String, String> request = ResidentFlow.query(authorization);
        assertThat(request).containsEntry("prompt", "login").containsEntry("max_age", "0");
        String sha256 = se.sambruk.core.residents.Signature.sha256Hex("Årsräkning 2026: 1 000 kr".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(request.get("state")).endsWith("." + sha256);

        MockHttpServletResponse back = flow.answer(flow.choose(authorization, "196411139808"));
        assertThat(back.getRedirectedUrl()).startsWith("/e-tjanster/provtjanst?signatur=");
        long id = Long.parseLong(back.getRedirectedUrl().replaceAll(".*signatur=", ""));
        assertThat(jdbc.queryForObject("select sha256 from core.resident_signature where id = ?", String.class, id)).isEqualTo(sha256);
        assertThat(jdbc.queryForObject("select provider_answer from core.resident_signature where id = ?", String.class, id))
                .matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'DOCUMENT_SIGNED' and target_id = ?",
                Integer.class, String.valueOf(id))).isEqualTo(1);

        String page = flow.perform(get("/e-tjanster/provtjanst")).getContentAsString();
        assertThat(page).contains("Signerad av Maria Exempelsson den").contains(sha256);

        flow.perform(post("/e-tjanster/provtjanst/dokument").with(csrf()).param("text", "Årsräkning 2026: 9 000 kr"));
        String changed = flow.perform(get("/e-tjanster/provtjanst")).getContentAsString();
        assertThat(changed).doesNotContain("Signerad av").contains("signaturen gäller inte längre");
    }

    @Test
    void anotherPersonCannotSignForTheSignedInResident() throws Exception {
        ResidentFlow flow = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "195111039912"));
        flow.perform(post("/e-tjanster/provtjanst/dokument").with(csrf()).param("text", "Intyg"));
        int before = jdbc.queryForObject("select count(*) from core.resident_signature", Integer.class);

        MockHttpServletResponse back = flow.answer(flow.choose(startSigning(flow), "200109309864"));

        assertThat(back.getStatus()).isEqualTo(400);
        assertThat(back.getContentAsString()).contains("en annan person");
        assertThat(jdbc.queryForObject("select count(*) from core.resident_signature", Integer.class)).isEqualTo(before);
    }

    @Test
    void aCancelledSignatureReturnsToTheServiceWithoutOne() throws Exception {
        ResidentFlow flow = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "195111039912"));
        MockHttpServletResponse back = flow.answer(flow.choose(startSigning(flow), null));
        assertThat(back.getRedirectedUrl()).isEqualTo("/e-tjanster/provtjanst?signatur=avbruten");
    }

    @Test
    void aSignatureRequestOfAnotherSessionIsGone() throws Exception {
        ResidentFlow flow = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "195111039912"));
        String signingPage = flow.perform(post("/e-tjanster/provtjanst/signera").with(csrf())).getRedirectedUrl();
        ResidentFlow other = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "195111039912"));
        assertThat(other.perform(get(signingPage)).getContentAsString()).contains("Underskriften finns inte längre");
    }

    /** The service asks for a signature; the resident confirms the summary; the redirect to the provider. */
    static URI startSigning(ResidentFlow flow) throws Exception {
        MockHttpServletResponse asked = flow.perform(post("/e-tjanster/provtjanst/signera").with(csrf()));
        String signingPage = asked.getRedirectedUrl();
        assertThat(signingPage).startsWith("/e-tjanster/signera/");
        assertThat(flow.perform(get(signingPage)).getContentAsString()).contains("Jag intygar att uppgifterna stämmer");
        MockHttpServletResponse toProvider = flow.perform(get(signingPage + "/e-legitimation"));
        assertThat(toProvider.getStatus()).isEqualTo(302);
        return URI.create(toProvider.getRedirectedUrl());
    }
}
