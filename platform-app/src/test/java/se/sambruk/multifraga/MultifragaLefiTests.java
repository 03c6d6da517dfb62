package se.sambruk.multifraga;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import se.sambruk.PlatformTest;
import se.sambruk.multifraga.sources.CertificateFile;
import se.sambruk.multifraga.sources.ClientCertificates;
import se.sambruk.multifraga.sources.LefiFake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** LEFI as a source of its own beside SSBTEK, and the municipality's client certificate: stored, validity shown, an expired one refused. */
class MultifragaLefiTests extends PlatformTest {

    @Autowired
    LefiFake lefi;
    @Autowired
    ClientCertificates certificates;

    @AfterEach
    void reset() {
        lefi.reset();
        jdbc.update("delete from multifraga.client_certificate where organisation_id = ?", organisationId("Borlänge"));
    }

    byte[] file(String name) throws Exception {
        return getClass().getResourceAsStream("/multifraga/" + name).readAllBytes();
    }

    long ask(Cookie user, String caseId) throws Exception {
        String location = mvc.perform(post("/multifraga/lookups").cookie(user).with(csrf())
                        .param("persons", "19900101-1239").param("caseId", caseId).param("from", "2026-09-01").param("to", "2026-11-30")
                        .param("purpose", "Utredning").param("law", "11 kap. 11 § socialtjänstlagen (2001:453)").param("sources", "LEFI"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0; i < 200; i++) {
            List<Map<String, Object>> rows = jdbc.queryForList("select state from multifraga.answer where lookup_id = ?", id);
            if (rows.stream().noneMatch(r -> "PENDING".equals(r.get("state")))) {
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The look-up did not finish");
    }

    @Test
    void lefiAnswersAsASourceOfItsOwnAndItsPaymentsReachTheCompiledView() throws Exception {
        Cookie borlange = login("borlange");
        mvc.perform(get("/multifraga").cookie(borlange)).andExpect(content().string(containsString("Försäkringskassan direkt (LEFI")));
        long id = ask(borlange, "EB-LEFI-1");
        assertThat(jdbc.queryForObject("select state from multifraga.answer where lookup_id = ?", String.class, id)).isEqualTo("ANSWERED");
        mvc.perform(get("/multifraga/lookups/" + id + "/sammanstallning").cookie(borlange))
                .andExpect(content().string(containsString("Sjukpenning")));
        lefi.mode(LefiFake.Mode.HTTP403);
        long refused = ask(borlange, "EB-LEFI-2");
        assertThat(jdbc.queryForObject("select message from multifraga.answer where lookup_id = ?", String.class, refused))
                .isEqualTo("LEFI svarade HTTP 403: Ej behörig (påhittat fel)");
    }

    @Test
    void theCertificateIsStoredWithItsValidityAndAnExpiredOneIsRefused() throws Exception {
        Cookie borlange = login("borlange");
        mvc.perform(multipart("/multifraga/certifikat").file(new MockMultipartFile("file", "kommun.p12", "application/x-pkcs12", file("expired.p12")))
                        .param("password", "testlosen").cookie(borlange).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Certifikatet har gått ut")));
        mvc.perform(multipart("/multifraga/certifikat").file(new MockMultipartFile("file", "kommun.p12", "application/x-pkcs12", file("valid.p12")))
                        .param("password", "fel").cookie(borlange).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Fel lösenord")));
        mvc.perform(multipart("/multifraga/certifikat").file(new MockMultipartFile("file", "kommun.p12", "application/x-pkcs12", file("valid.p12")))
                        .param("password", "testlosen").cookie(borlange).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/multifraga/certifikat").cookie(borlange)).andExpect(status().isOk())
                .andExpect(content().string(containsString("CN=Borlänge kommun test")))
                .andExpect(content().string(containsString("Giltigt")));
        assertThat(jdbc.queryForObject("select sealed from multifraga.client_certificate where organisation_id = ?", String.class,
                organisationId("Borlänge"))).startsWith("v1:").doesNotContain("testlosen");

        // a certificate stored while valid that has expired since stops the call before anything is sent
        certificates.store(organisationId("Borlänge"), CertificateFile.read(file("expired.p12"), "testlosen"), "test",
                Instant.parse("2024-12-20T00:00:00Z"));
        mvc.perform(get("/multifraga/certifikat").cookie(borlange)).andExpect(content().string(containsString("Har gått ut")));
        int before = lefi.requests();
        long id = ask(borlange, "EB-LEFI-3");
        assertThat(jdbc.queryForObject("select message from multifraga.answer where lookup_id = ?", String.class, id))
                .contains("Kommunens klientcertifikat gick ut 2025-01-06");
        assertThat(lefi.requests()).isEqualTo(before);
        mvc.perform(get("/multifraga/certifikat").cookie(login("kiruna"))).andExpect(status().isForbidden());
    }
}
