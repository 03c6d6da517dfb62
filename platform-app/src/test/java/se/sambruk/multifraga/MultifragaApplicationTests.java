package se.sambruk.multifraga;

import java.net.URI;
import java.time.YearMonth;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import se.sambruk.PlatformTest;
import se.sambruk.core.documents.PdfDocument;
import se.sambruk.core.security.UserAccounts;
import se.sambruk.residents.ResidentFlow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** e-Ansökan from start to decision: the resident applies, attaches, signs; the caseworker calculates and decides; isolation; protected identity. */
class MultifragaApplicationTests extends PlatformTest {

    @Autowired
    UserAccounts accounts;

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder application(String municipality, String otherCosts,
                                                                                                  String otherText) {
        return post("/e-tjanster/multifraga/ansokan").with(csrf())
                .param("municipality", municipality).param("month", YearMonth.now().toString()).param("coApplicant", "")
                .param("childAges", "3, 7").param("incomeSalary", "0").param("incomeBenefits", "2500").param("incomeOther", "0")
                .param("rent", "12000").param("electricity", "400").param("homeInsurance", "180").param("otherCosts", otherCosts)
                .param("otherCostsText", otherText).param("account", "8327-9 123 456 789");
    }

    long create(ResidentFlow flow) throws Exception {
        MockHttpServletResponse created = flow.perform(application("2081", "0", ""));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        String location = created.getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aResidentAppliesAttachesAndSignsAndTheCaseworkerCalculatesAndDecides() throws Exception {
        ResidentFlow anna = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099805"));
        assertThat(anna.perform(get("/e-tjanster/multifraga")).getContentAsString()).contains("Ny ansökan");
        Long before = jdbc.queryForObject("select count(*) from multifraga.application", Long.class);
        MockHttpServletResponse bad = anna.perform(application("", "900", ""));
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("Välj en kommun.").contains("Skriv vad de andra kostnaderna är.");
        assertThat(jdbc.queryForObject("select count(*) from multifraga.application", Long.class)).isEqualTo(before);

        long id = create(anna);
        String draft = anna.perform(get("/e-tjanster/multifraga/ansokan/" + id)).getContentAsString();
        assertThat(draft).contains("Utkast").contains("högre än kommunens riktlinje");
        assertThat(jdbc.queryForObject("select applicant_sealed from multifraga.application where id = ?", String.class, id))
                .startsWith("v1:").doesNotContain("198507099805");

        byte[] pdf = PdfDocument.titled("Hyresavi december").paragraph("Hyra 12 000 kr").render();
        MockHttpServletResponse attached = mvc.perform(multipart("/e-tjanster/multifraga/ansokan/" + id + "/bilagor")
                .file(new MockMultipartFile("file", "hyresavi.pdf", "application/pdf", pdf)).cookie(anna.session()).with(csrf())).andReturn().getResponse();
        assertThat(attached.getStatus()).isEqualTo(302);
        MockHttpServletResponse refused = mvc.perform(multipart("/e-tjanster/multifraga/ansokan/" + id + "/bilagor")
                .file(new MockMultipartFile("file", "program.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 1, 2, 3}))
                .cookie(anna.session()).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);

        // the caseworker does not see a draft
        Cookie borlange = login("borlange");
        mvc.perform(get("/multifraga/ansokningar/" + id).cookie(borlange)).andExpect(status().isNotFound());

        // sign the declaration with e-legitimation: the application is submitted
        String signingPage = anna.perform(post("/e-tjanster/multifraga/ansokan/" + id + "/signera").with(csrf())).getRedirectedUrl();
        assertThat(signingPage).startsWith("/e-tjanster/signera/");
        assertThat(anna.perform(get(signingPage)).getContentAsString()).contains("Ansökan om ekonomiskt bistånd");
        URI authorization = URI.create(anna.perform(get(signingPage + "/e-legitimation")).getRedirectedUrl());
        MockHttpServletResponse back = anna.answer(anna.choose(authorization, "198507099805"));
        assertThat(back.getRedirectedUrl()).startsWith("/e-tjanster/multifraga/ansokan/" + id + "?signatur=");
        assertThat(anna.perform(get(back.getRedirectedUrl())).getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from multifraga.application where id = ?", String.class, id)).isEqualTo("SUBMITTED");
        assertThat(anna.perform(get("/e-tjanster/multifraga/ansokan/" + id)).getContentAsString()).contains("Inskickad – väntar på beslut");

        // the caseworker: inbox, the application with the calculation (2021 norm: single 3 160, children 3 and 7: 2 170 + 3 060,
        // common 3 persons 1 420; rent capped at 8 500 for 3 persons; electricity 400; insurance 180; incomes 2 500)
        mvc.perform(get("/multifraga/ansokningar").cookie(borlange)).andExpect(status().isOk())
                .andExpect(content().string(containsString("EA-" + id)));
        String page = mvc.perform(get("/multifraga/ansokningar/" + id).cookie(borlange)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int need = 3160 + 2170 + 3060 + 1420 + 8500 + 400 + 180;
        assertThat(page).contains("hyresavi.pdf").contains("Över kommunens tak 8500")
                .contains(se.sambruk.core.format.SwedishFormat.kronor(need)).contains(se.sambruk.core.format.SwedishFormat.kronor(need - 2500));
        long attachment = jdbc.queryForObject("select id from core.attachment where owner_ref = ?", Long.class, "application:" + id);
        mvc.perform(get("/multifraga/ansokningar/" + id + "/bilagor/" + attachment).cookie(borlange)).andExpect(status().isOk());

        mvc.perform(post("/multifraga/ansokningar/" + id + "/beslut").cookie(borlange).with(csrf())
                        .param("outcome", "PARTLY").param("amount", "9000").param("reasons", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Skriv skälen för beslutet")));
        assertThat(jdbc.queryForObject("select status from multifraga.application where id = ?", String.class, id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/multifraga/ansokningar/" + id + "/beslut").cookie(borlange).with(csrf())
                        .param("outcome", "PARTLY").param("amount", "9000").param("reasons", "Hyran godtas upp till kommunens riktlinje för tre personer."))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from multifraga.case_decision where case_id = ?", Long.class, "EA-" + id)).isOne();
        byte[] decision = mvc.perform(get("/multifraga/ansokningar/" + id + "/beslut/pdf").cookie(borlange)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(decision, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(post("/multifraga/ansokningar/" + id + "/beslut").cookie(borlange).with(csrf())
                        .param("outcome", "GRANTED").param("amount", "1").param("reasons", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("redan beslutad")));

        String seen = anna.perform(get("/e-tjanster/multifraga/ansokan/" + id)).getContentAsString();
        assertThat(seen).contains("Delvis beviljat").contains("Hyran godtas upp till kommunens riktlinje");

        // another resident and another municipality reach nothing
        ResidentFlow erik = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099813"));
        assertThat(erik.perform(get("/e-tjanster/multifraga/ansokan/" + id)).getStatus()).isEqualTo(404);
        assertThat(erik.perform(post("/e-tjanster/multifraga/ansokan/" + id + "/signera").with(csrf())).getStatus()).isEqualTo(404);
        String username = "mf-lulea-app-" + System.nanoTime();
        accounts.createUser(username, "Handläggare Luleå", null, organisationId("Luleå"), Set.of(MultifragaModule.MF_CASEWORKER), DEMO_PASSWORD);
        Cookie lulea = login(username);
        mvc.perform(get("/multifraga/ansokningar/" + id).cookie(lulea)).andExpect(status().isNotFound());
        mvc.perform(get("/multifraga/ansokningar/" + id + "/beslut/pdf").cookie(lulea)).andExpect(status().isNotFound());
        mvc.perform(get("/multifraga/ansokningar/" + id + "/bilagor/" + attachment).cookie(lulea)).andExpect(status().isNotFound());
        mvc.perform(get("/multifraga/ansokningar").cookie(lulea)).andExpect(content().string(org.hamcrest.Matchers.not(containsString("EA-" + id + "<"))));
    }

    @Test
    void aResidentWithProtectedIdentityIsSentToTheSocialServicesAndNothingIsStored() throws Exception {
        ResidentFlow lena = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "197308169825"));
        assertThat(lena.perform(get("/e-tjanster/multifraga")).getContentAsString()).contains("Du har skyddad identitet");
        Long before = jdbc.queryForObject("select count(*) from multifraga.application", Long.class);
        MockHttpServletResponse posted = lena.perform(application("2081", "0", ""));
        assertThat(posted.getContentAsString()).contains("Du har skyddad identitet");
        assertThat(jdbc.queryForObject("select count(*) from multifraga.application", Long.class)).isEqualTo(before);
    }
}
