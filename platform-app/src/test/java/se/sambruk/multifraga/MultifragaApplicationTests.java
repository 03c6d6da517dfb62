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
import se.sambruk.multifraga.applications.Riksnorm;
import se.sambruk.multifraga.sources.SsbtekFake;
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

    @Autowired
    SsbtekFake fake;

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder start(String municipality) {
        return post("/e-tjanster/multifraga/ansokan").with(csrf()).param("municipality", municipality).param("month", YearMonth.now().toString());
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder step(long id, String step, String... params) {
        var request = post("/e-tjanster/multifraga/ansokan/" + id + "/steg/" + step).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request;
    }

    /** Starts an application in Borlänge and fills in every step (children 3 and 7, benefits 2 500, rent 12 000, no assets, job-seeking). */
    long create(ResidentFlow flow) throws Exception {
        MockHttpServletResponse created = flow.perform(start("2081"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        String location = created.getRedirectedUrl();
        long id = Long.parseLong(location.substring("/e-tjanster/multifraga/ansokan/".length(), location.indexOf("/steg/")));
        assertThat(location).endsWith("/steg/hushall");
        fill(flow, id);
        return id;
    }

    void fill(ResidentFlow flow, long id) throws Exception {
        assertThat(flow.perform(step(id, "hushall", "coApplicant", "", "childAges", "3, 7")).getRedirectedUrl()).endsWith("/steg/inkomster");
        assertThat(flow.perform(step(id, "inkomster", "incomeSalary", "0", "incomeBenefits", "2500", "incomeOther", "0")).getRedirectedUrl())
                .endsWith("/steg/kostnader");
        assertThat(flow.perform(step(id, "kostnader", "rent", "12000", "electricity", "400", "homeInsurance", "180", "otherCosts", "0",
                "otherCostsText", "")).getRedirectedUrl()).endsWith("/steg/tillgangar");
        assertThat(flow.perform(step(id, "tillgangar", "bankBalance", "0", "vehicles", "0", "property", "0", "otherAssets", "0")).getRedirectedUrl())
                .endsWith("/steg/planering");
        assertThat(flow.perform(step(id, "planering", "jobSeeking", "true", "jobSeekingWhat", "Inskriven på Arbetsförmedlingen",
                "jobSeekingFrom", "2026-10-01")).getRedirectedUrl()).endsWith("/steg/utbetalning");
        assertThat(flow.perform(step(id, "utbetalning", "account", "8327-9 123 456 789")).getRedirectedUrl())
                .isEqualTo("/e-tjanster/multifraga/ansokan/" + id);
    }

    @Test
    void aResidentAppliesAttachesAndSignsAndTheCaseworkerCalculatesAndDecides() throws Exception {
        ResidentFlow anna = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099805"));
        assertThat(anna.perform(get("/e-tjanster/multifraga")).getContentAsString()).contains("Ny ansökan");
        Long before = jdbc.queryForObject("select count(*) from multifraga.application", Long.class);
        MockHttpServletResponse bad = anna.perform(start(""));
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("Välj en kommun.").contains("Steg 1 av 7");
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
        assertThat(page).contains("Det finns ingen tabell för " + YearMonth.now().getYear()).contains("SFS 2020:1013")
                .contains("Tabellen är plattformens");
        assertThat(page).contains("hyresavi.pdf").contains("Över kommunens tak 8500")
                .contains(se.sambruk.core.format.SwedishFormat.kronor(need)).contains(se.sambruk.core.format.SwedishFormat.kronor(need - 2500));
        long attachment = jdbc.queryForObject("select id from core.attachment where owner_ref = ?", Long.class, "application:" + id);
        mvc.perform(get("/multifraga/ansokningar/" + id + "/bilagor/" + attachment).cookie(borlange)).andExpect(status().isOk());

        mvc.perform(post("/multifraga/ansokningar/" + id + "/beslut").cookie(borlange).with(csrf())
                        .param("outcome", "PARTLY").param("amount", "9000").param("reasons", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Skriv skälen för beslutet")));
        assertThat(jdbc.queryForObject("select status from multifraga.application where id = ?", String.class, id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/multifraga/ansokningar/" + id + "/beslut").cookie(borlange).with(csrf())
                        .param("outcome", "PARTLY").param("amount", "9000").param("reasons", "Hyran godtas upp till kommunens riktlinje för tre personer.")
                        .param("countBenefits", "DECLARED"))
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
    void twoAdultsDeclareTheirOwnIncomesAndTheCaseworkerChoosesPerPersonWhatCounts() throws Exception {
        ResidentFlow sara = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099805"));
        String created = sara.perform(start("2081")).getRedirectedUrl();
        long id = Long.parseLong(created.substring("/e-tjanster/multifraga/ansokan/".length(), created.indexOf("/steg/")));
        // a co-applicant needs a first name: an inline error, nothing saved
        MockHttpServletResponse unnamed = sara.perform(step(id, "hushall", "coApplicant", "19850709-9813", "coApplicantName", "", "childAges", ""));
        assertThat(unnamed.getStatus()).isEqualTo(200);
        assertThat(unnamed.getContentAsString()).contains("id=\"coApplicantName-error\"");
        assertThat(jdbc.queryForObject("select co_applicant_masked from multifraga.application where id = ?", String.class, id)).isNull();
        assertThat(sara.perform(step(id, "hushall", "coApplicant", "19850709-9813", "coApplicantName", "Kim", "childAges", "")).getRedirectedUrl())
                .endsWith("/steg/inkomster");

        // the incomes step asks each adult: "Dina inkomster" and "Kims inkomster"; a missing figure of Kim's names Kim and the field
        String incomesPage = sara.perform(get("/e-tjanster/multifraga/ansokan/" + id + "/steg/inkomster")).getContentAsString();
        assertThat(incomesPage).contains("Dina inkomster").contains("Kims inkomster").contains("name=\"coIncomeBenefits\"");
        MockHttpServletResponse missing = sara.perform(step(id, "inkomster", "incomeSalary", "0", "incomeBenefits", "0", "incomeOther", "0",
                "coIncomeSalary", "3000", "coIncomeBenefits", "", "coIncomeOther", "nio"));
        assertThat(missing.getStatus()).isEqualTo(200);
        assertThat(missing.getContentAsString()).contains("Kims inkomster, Ersättningar och bidrag: fyll i beloppet")
                .contains("Kims inkomster, Andra inkomster: skriv ett belopp").contains("id=\"coIncomeBenefits-error\"")
                .contains("value=\"3000\"");
        assertThat(jdbc.queryForObject("select co_income_salary from multifraga.application where id = ?", Integer.class, id)).isNull();
        assertThat(sara.perform(step(id, "inkomster", "incomeSalary", "0", "incomeBenefits", "0", "incomeOther", "0",
                "coIncomeSalary", "3000", "coIncomeBenefits", "0", "coIncomeOther", "0", "spara", "senare")).getStatus()).isEqualTo(302);
        // save and continue later keeps Kim's figures
        assertThat(sara.perform(get("/e-tjanster/multifraga/ansokan/" + id + "/steg/inkomster")).getContentAsString())
                .containsPattern("name=\"coIncomeSalary\"[^>]*value=\"3000\"");
        assertThat(sara.perform(step(id, "kostnader", "rent", "9000", "electricity", "400", "homeInsurance", "180", "otherCosts", "0",
                "otherCostsText", "")).getStatus()).isEqualTo(302);
        assertThat(sara.perform(step(id, "tillgangar", "bankBalance", "0", "vehicles", "0", "property", "0", "otherAssets", "0")).getStatus())
                .isEqualTo(302);
        assertThat(sara.perform(step(id, "planering", "jobSeeking", "true", "jobSeekingWhat", "Inskriven", "jobSeekingFrom", "2026-10-01"))
                .getStatus()).isEqualTo(302);
        assertThat(sara.perform(step(id, "utbetalning", "account", "8327-9 123 456 789")).getStatus()).isEqualTo(302);

        // another co-applicant: the new person's incomes are not filled in, and the overview names them
        assertThat(sara.perform(step(id, "hushall", "coApplicant", "19730816-9825", "coApplicantName", "Lars", "childAges", "")).getStatus())
                .isEqualTo(302);
        String overview = sara.perform(get("/e-tjanster/multifraga/ansokan/" + id)).getContentAsString();
        assertThat(overview).contains("id=\"missing-co-incomes\"").contains("Fyll i Lars inkomster.");
        assertThat(sara.perform(post("/e-tjanster/multifraga/ansokan/" + id + "/signera").with(csrf())).getStatus()).isEqualTo(400);
        assertThat(sara.perform(step(id, "hushall", "coApplicant", "19850709-9813", "coApplicantName", "Kim", "childAges", "")).getStatus())
                .isEqualTo(302);
        assertThat(sara.perform(step(id, "inkomster", "incomeSalary", "0", "incomeBenefits", "0", "incomeOther", "0",
                "coIncomeSalary", "3000", "coIncomeBenefits", "0", "coIncomeOther", "0")).getStatus()).isEqualTo(302);
        sign(sara, id, "198507099805");
        long lookup = jdbc.queryForObject("select lookup_id from multifraga.application where id = ?", Long.class, id);
        awaitAnswers(lookup);

        // Borlänge's administrator sets the housing allowance as not income for the municipality (removed again at the end)
        Cookie admin = login(borlangeAdmin());
        long listId = saveNotIncome(admin, "FK/Bostadsbidrag", "Testlista: bostadsbidraget räknas inte");
        try {
        // the caseworker: each adult's benefits beside what the agencies paid to that adult (the fake's LEFI answer pays both
        // 1 850 housing allowance, left out by the municipality's list, and 6 440 sickness benefit)
        Cookie borlange = login("borlange");
        String page = mvc.perform(get("/multifraga/ansokningar/" + id).cookie(borlange)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Sökande: ").contains("Medsökande: Kim, 19850709-****").contains("name=\"countBenefits\"")
                .contains("name=\"coCountBenefits\"");
        java.util.Map<String, Integer> own = benefitParts(page, "APPLICANT");
        java.util.Map<String, Integer> kims = benefitParts(page, "CO_APPLICANT");
        assertThat(own).containsEntry("Försäkringskassan (förmåner, beslut, utbetalningar)", 6440);
        assertThat(kims).containsEntry("Försäkringskassan (förmåner, beslut, utbetalningar)", 6440);
        assertThat(page).contains("Testlista: bostadsbidraget räknas inte").contains("id=\"not-counted\"");
        int kimsAgency = kims.values().stream().mapToInt(Integer::intValue).sum();
        int notCountedRows = page.contains("id=\"not-counted\"") ? page.substring(page.indexOf("id=\"not-counted\""),
                page.indexOf("</table>", page.indexOf("id=\"not-counted\""))).split("<tr>").length - 2 : 0;

        // a missing choice for Kim: an inline error naming Kim, nothing saved
        MockHttpServletResponse unchosen = mvc.perform(post("/multifraga/ansokningar/" + id + "/beslut").cookie(borlange).with(csrf())
                .param("outcome", "GRANTED").param("amount", "4000").param("reasons", "").param("countBenefits", "DECLARED")).andReturn().getResponse();
        assertThat(unchosen.getStatus()).isEqualTo(200);
        assertThat(unchosen.getContentAsString()).contains("id=\"coCountBenefits-error\"").contains("Medsökande: Kim, 19850709-****: välj vilket belopp")
                .doesNotContain("id=\"countBenefits-error\"");
        assertThat(jdbc.queryForObject("select status from multifraga.application where id = ?", String.class, id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select count(*) from multifraga.application_income where application_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from multifraga.application_not_counted where application_id = ?", Long.class, id)).isZero();

        // the applicant's declared figure counts for her, the agencies' for Kim: the calculation sums the chosen figures
        mvc.perform(post("/multifraga/ansokningar/" + id + "/beslut").cookie(borlange).with(csrf())
                        .param("outcome", "GRANTED").param("amount", "4000").param("reasons", "").param("countBenefits", "DECLARED")
                        .param("coCountBenefits", "AGENCY"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select person || ' ' || kind || ' ' || counted from multifraga.application_income where application_id = ? "
                + "order by person, kind", String.class, id)).containsExactly("APPLICANT BENEFITS DECLARED", "APPLICANT OTHER DECLARED",
                "APPLICANT SALARY DECLARED", "CO_APPLICANT BENEFITS AGENCY", "CO_APPLICANT OTHER DECLARED", "CO_APPLICANT SALARY DECLARED");
        assertThat(jdbc.queryForObject("select agency from multifraga.application_income where application_id = ? and person = 'CO_APPLICANT' "
                + "and kind = 'BENEFITS'", Integer.class, id)).isEqualTo(kimsAgency);
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'multifraga.application' and target_id = ? "
                + "and detail like '%myndigheternas belopp räknat för CO_APPLICANT BENEFITS%'", Long.class, String.valueOf(id))).isOne();
        // what was left out as not income is kept with the decision, per person and with why
        assertThat(jdbc.queryForObject("select not_counted_kept from multifraga.application where id = ?", Boolean.class, id)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from multifraga.application_not_counted where application_id = ?", Long.class, id))
                .isEqualTo((long) notCountedRows);

        assertThat(notCountedRows).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForList("select reason from multifraga.application_not_counted where application_id = ?", String.class, id))
                .contains("Testlista: bostadsbidraget räknas inte");

        // the municipality's list changes and the answers are cleared by retention: the decided page still shows the figures and
        // what was left out, as kept with the decision
        jdbc.update("delete from multifraga.not_income_version where id = ?", listId);
        jdbc.update("update multifraga.lookup set results_deleted_at = now() where id = ?", lookup);
        String decided = mvc.perform(get("/multifraga/ansokningar/" + id).cookie(borlange)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(decided).contains("id=\"counted-incomes\">" + kr(3000 + kimsAgency)).contains("id=\"income-total-CO_APPLICANT\"");
        assertThat(decided).contains("Utbetalningar som inte räknades som inkomst i beslutet").contains("Testlista: bostadsbidraget räknas inte");
        byte[] pdf = mvc.perform(get("/multifraga/ansokningar/" + id + "/beslut/pdf").cookie(borlange)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        // the applicant sees the decision with the figures per person
        String seen = sara.perform(get("/e-tjanster/multifraga/ansokan/" + id)).getContentAsString();
        assertThat(seen).contains("Inkomster i beslutet").contains("Dina inkomster").contains("Kims inkomster")
                .contains("id=\"decided-coCountBenefits\"");
        String kimsLine = seen.substring(seen.indexOf("id=\"decided-coCountBenefits\""), seen.indexOf("</tr>", seen.indexOf("id=\"decided-coCountBenefits\"")));
        assertThat(kimsLine).contains("Myndigheternas belopp, " + kr(kimsAgency));
        } finally {
            jdbc.update("delete from multifraga.not_income_version where organisation_id = ?", organisationId("Borlänge"));
        }
    }

    @Test
    void anApplicationMadeBeforeIncomesPerAdultStillOpensAndIsDecidedWithTheHouseholdsOneFigure() throws Exception {
        ResidentFlow anna = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099805"));
        long id = create(anna);
        assertThat(anna.perform(step(id, "hushall", "coApplicant", "19850709-9813", "coApplicantName", "Kim", "childAges", "3, 7")).getStatus())
                .isEqualTo(302);
        // as a draft saved before incomes were asked per adult (V12): one figure per kind for the household
        jdbc.update("update multifraga.application set incomes_per_adult = false, co_applicant_name = null where id = ?", id);
        assertThat(anna.perform(get("/e-tjanster/multifraga/ansokan/" + id)).getContentAsString()).contains("Hushållets inkomster")
                .doesNotContain("id=\"missing-co-incomes\"");
        assertThat(anna.perform(get("/e-tjanster/multifraga/ansokan/" + id + "/steg/inkomster")).getContentAsString())
                .contains("Hushållets inkomster").doesNotContain("name=\"coIncomeSalary\"");
        sign(anna, id, "198507099805");
        long lookup = jdbc.queryForObject("select lookup_id from multifraga.application where id = ?", Long.class, id);
        awaitAnswers(lookup);

        // the household's one figure beside both persons' payments, with the payments per person below
        Cookie borlange = login("borlange");
        String page = mvc.perform(get("/multifraga/ansokningar/" + id).cookie(borlange)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Hushållet (en gemensam uppgift)").contains("id=\"paid-per-person\"").doesNotContain("name=\"coCountBenefits\"");
        assertThat(benefitParts(page)).containsEntry("Försäkringskassan (förmåner, beslut, utbetalningar)", 2 * 8290);
        mvc.perform(post("/multifraga/ansokningar/" + id + "/beslut").cookie(borlange).with(csrf())
                        .param("outcome", "GRANTED").param("amount", "3000").param("reasons", "").param("countBenefits", "DECLARED"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select distinct person from multifraga.application_income where application_id = ?", String.class, id))
                .containsExactly("APPLICANT");
        assertThat(anna.perform(get("/e-tjanster/multifraga/ansokan/" + id)).getContentAsString()).contains("Inkomster i beslutet")
                .contains("Hushållet (en gemensam uppgift)");
    }

    /** A new MF_ADMIN of Borlänge. */
    String borlangeAdmin() {
        String username = "mf-borlange-ni-" + System.nanoTime();
        accounts.createUser(username, "Administratör Borlänge", null, organisationId("Borlänge"),
                Set.of(MultifragaModule.MF_CASEWORKER, MultifragaModule.MF_ADMIN), DEMO_PASSWORD);
        return username;
    }

    /** The not-income form's fields as its page shows them (every row, ticked or not, with its reason), with {@code key} ticked with {@code reason}. */
    java.util.Map<String, String> notIncomeFields(Cookie admin, String key, String reason) throws Exception {
        String page = mvc.perform(get("/multifraga/inte-inkomst").cookie(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("name=\"key(\\d+)\" value=\"([^\"]*)\"").matcher(page);
        while (row.find()) {
            String i = row.group(1);
            fields.put("key" + i, row.group(2));
            if (page.matches("(?s).*name=\"on" + i + "\" value=\"true\" checked.*")) {
                fields.put("on" + i, "true");
            }
            java.util.regex.Matcher given = java.util.regex.Pattern.compile("name=\"reason" + i + "\" value=\"([^\"]*)\"").matcher(page);
            fields.put("reason" + i, given.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(given.group(1)) : "");
            if (row.group(2).equals(key)) {
                fields.put("on" + i, "true");
                fields.put("reason" + i, reason);
            }
        }
        assertThat(fields).containsValue(key);
        return fields;
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder notIncome(Cookie admin, java.util.Map<String, String> fields) {
        var request = post("/multifraga/inte-inkomst").cookie(admin).with(csrf());
        for (var field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request;
    }

    /** Saves the municipality's not-income list with {@code key} ticked; the version's id. */
    long saveNotIncome(Cookie admin, String key, String reason) throws Exception {
        String location = mvc.perform(notIncome(admin, notIncomeFields(admin, key, reason))).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.indexOf("sparad=") + "sparad=".length()));
    }

    @Test
    void theAdministratorKeepsWhatIsNotIncomeForTheMunicipalityAlone() throws Exception {
        long borlangeOrg = organisationId("Borlänge");
        long luleaOrg = organisationId("Luleå");
        String caseworker = "mf-borlange-ni-cw-" + System.nanoTime();
        accounts.createUser(caseworker, "Handläggare Borlänge", null, borlangeOrg, Set.of(MultifragaModule.MF_CASEWORKER), DEMO_PASSWORD);
        Cookie admin = login(borlangeAdmin());
        try {
            // the page: the sources and the kinds they pay, the installation's list ticked
            String page = mvc.perform(get("/multifraga/inte-inkomst").cookie(admin)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).contains("plattformens lista").contains("Bostadsbidrag").contains("Skatteverkets uppgifter är årsuppgifter");

            // a ticked row without a reason: an inline error, nothing saved
            java.util.Map<String, String> noReason = notIncomeFields(admin, "FK/Bostadsbidrag", "");
            MockHttpServletResponse bad = mvc.perform(notIncome(admin, noReason)).andReturn().getResponse();
            assertThat(bad.getStatus()).isEqualTo(400);
            String row = noReason.entrySet().stream().filter(e -> e.getValue().equals("FK/Bostadsbidrag")).findFirst().orElseThrow().getKey()
                    .substring("key".length());
            assertThat(bad.getContentAsString()).contains("id=\"reason" + row + "-error\"").contains("Skriv kort varför det inte räknas som inkomst.");
            // a row that is not offered refuses the form
            java.util.Map<String, String> forged = notIncomeFields(admin, "FK/Bostadsbidrag", "Skäl");
            forged.put("key0", "FK/Lön");
            assertThat(mvc.perform(notIncome(admin, forged)).andReturn().getResponse().getStatus()).isEqualTo(400);
            assertThat(jdbc.queryForObject("select count(*) from multifraga.not_income_version where organisation_id = ?", Long.class, borlangeOrg))
                    .isZero();

            // saved: a version of Borlänge's, audited, in force
            long saved = saveNotIncome(admin, "FK/Bostadsbidrag", "Borlänges riktlinje: bostadsbidraget räknas inte");
            assertThat(jdbc.queryForObject("select organisation_id from multifraga.not_income_version where id = ?", Long.class, saved))
                    .isEqualTo(borlangeOrg);
            assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'REGISTER_CHANGED' and target_type = "
                    + "'multifraga.not_income' and target_id = ?", Long.class, String.valueOf(saved))).isOne();
            assertThat(mvc.perform(get("/multifraga/inte-inkomst").cookie(admin)).andReturn().getResponse().getContentAsString())
                    .contains("kommunens lista, version " + saved).contains("Borlänges riktlinje");
            mvc.perform(get("/multifraga/inte-inkomst/versioner/" + saved).cookie(admin)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Borlänges riktlinje")));

            // a caseworker without MF_ADMIN is refused
            Cookie caseworkerOnly = login(caseworker);
            mvc.perform(get("/multifraga/inte-inkomst").cookie(caseworkerOnly)).andExpect(status().isForbidden());
            mvc.perform(notIncome(caseworkerOnly, noReason)).andExpect(status().isForbidden());

            // Luleå's administrator neither sees nor changes Borlänge's list, and Borlänge's version by id answers 404
            String luleaAdmin = "mf-lulea-ni-" + System.nanoTime();
            accounts.createUser(luleaAdmin, "Administratör Luleå", null, luleaOrg, Set.of(MultifragaModule.MF_CASEWORKER, MultifragaModule.MF_ADMIN),
                    DEMO_PASSWORD);
            Cookie lulea = login(luleaAdmin);
            assertThat(mvc.perform(get("/multifraga/inte-inkomst").cookie(lulea)).andReturn().getResponse().getContentAsString())
                    .doesNotContain("Borlänges riktlinje").contains("plattformens lista");
            mvc.perform(get("/multifraga/inte-inkomst/versioner/" + saved).cookie(lulea)).andExpect(status().isNotFound());
            long luleas = saveNotIncome(lulea, "SO/Arbetslöshetsersättning", "Luleås test");
            assertThat(jdbc.queryForObject("select organisation_id from multifraga.not_income_version where id = ?", Long.class, luleas))
                    .isEqualTo(luleaOrg);
            assertThat(jdbc.queryForObject("select max(id) from multifraga.not_income_version where organisation_id = ?", Long.class, borlangeOrg))
                    .isEqualTo(saved);
        } finally {
            jdbc.update("delete from multifraga.not_income_version where organisation_id in (?, ?)", borlangeOrg, luleaOrg);
        }
    }

    /** Signs the declaration with the test identity provider; the application is then submitted. */
    void sign(ResidentFlow flow, long id, String number) throws Exception {
        String signingPage = flow.perform(post("/e-tjanster/multifraga/ansokan/" + id + "/signera").with(csrf())).getRedirectedUrl();
        assertThat(signingPage).startsWith("/e-tjanster/signera/");
        URI authorization = URI.create(flow.perform(get(signingPage + "/e-legitimation")).getRedirectedUrl());
        MockHttpServletResponse back = flow.answer(flow.choose(authorization, number));
        assertThat(flow.perform(get(back.getRedirectedUrl())).getStatus()).isEqualTo(302);
    }

    @Test
    void aDraftIsFilledInStepByStepSavedForLaterEditedPrintedAndClosedOnceSubmitted() throws Exception {
        ResidentFlow anna = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099805"));
        String location = anna.perform(start("2081")).getRedirectedUrl();
        long id = Long.parseLong(location.substring("/e-tjanster/multifraga/ansokan/".length(), location.indexOf("/steg/")));
        assertThat(anna.perform(get(location)).getContentAsString()).contains("Steg 2 av 7: Hushållet").contains("söker tillsammans");

        // save and continue later after the household: the overview lists what is left, signing is refused
        assertThat(anna.perform(step(id, "hushall", "coApplicant", "", "childAges", "4", "spara", "senare")).getRedirectedUrl())
                .isEqualTo("/e-tjanster/multifraga/ansokan/" + id + "?sparat=hushall");
        String overview = anna.perform(get("/e-tjanster/multifraga/ansokan/" + id + "?sparat=hushall")).getContentAsString();
        assertThat(overview).contains("Det du skrivit är sparat").contains("Kvar att fylla i").contains("Fyll i – Tillgångar")
                .contains("Fyll i – Planering").doesNotContain("/signera\"");
        MockHttpServletResponse early = anna.perform(post("/e-tjanster/multifraga/ansokan/" + id + "/signera").with(csrf()));
        assertThat(early.getStatus()).isEqualTo(400);
        assertThat(early.getContentAsString()).contains("Ansökan är inte färdig");

        // inline errors and nothing saved: a vehicle with a value but no description, a chosen activity without a date
        MockHttpServletResponse badAssets = anna.perform(step(id, "tillgangar", "bankBalance", "3 400", "vehicles", "25000", "vehiclesText", "",
                "property", "0", "otherAssets", "x"));
        assertThat(badAssets.getStatus()).isEqualTo(200);
        assertThat(badAssets.getContentAsString()).contains("Skriv vilket fordon det är.").contains("Skriv ett värde i hela kronor")
                .contains("value=\"3 400\"");
        assertThat(jdbc.queryForObject("select asset_bank from multifraga.application where id = ?", Integer.class, id)).isZero();
        MockHttpServletResponse badPlan = anna.perform(step(id, "planering", "sfi", "true", "sfiWhat", "SFI kurs C", "sfiFrom", ""));
        assertThat(badPlan.getContentAsString()).contains("Skriv från vilket datum").contains("SFI kurs C");
        MockHttpServletResponse none = anna.perform(step(id, "planering"));
        assertThat(none.getContentAsString()).contains("Kryssa i minst ett alternativ");
        assertThat(jdbc.queryForObject("select count(*) from multifraga.application_activity where application_id = ?", Long.class, id)).isZero();

        // the other steps, with other assets and an "other" activity, flagged for the caseworker's own assessment
        anna.perform(step(id, "inkomster", "incomeSalary", "4000", "incomeBenefits", "0", "incomeOther", "0"));
        anna.perform(step(id, "kostnader", "rent", "6900", "electricity", "300", "homeInsurance", "150", "otherCosts", "0"));
        assertThat(anna.perform(step(id, "tillgangar", "bankBalance", "3 400", "vehicles", "25000", "vehiclesText", "Volvo V70 ABC123",
                "property", "0", "otherAssets", "5000", "otherAssetsText", "Fonder")).getStatus()).isEqualTo(302);
        assertThat(anna.perform(step(id, "planering", "sfi", "true", "sfiWhat", "SFI kurs C, Komvux", "sfiFrom", "2026-11-02",
                "otherActivity", "true", "otherActivityWhat", "Praktik på biblioteket", "otherActivityFrom", "2026-12-01")).getStatus()).isEqualTo(302);
        anna.perform(step(id, "utbetalning", "account", "8327-9 123 456 789"));
        String complete = anna.perform(get("/e-tjanster/multifraga/ansokan/" + id)).getContentAsString();
        assertThat(complete).contains("Alla steg är ifyllda").contains("Andra tillgångar bedöms särskilt")
                .contains("Det du skrivit under Annat bedöms särskilt").contains("Volvo V70 ABC123").contains("SFI kurs C, Komvux")
                .doesNotContain("Kvar att fylla i");

        // edit a step of the draft: the form shows what is saved, the change is kept
        String household = anna.perform(get("/e-tjanster/multifraga/ansokan/" + id + "/steg/hushall")).getContentAsString();
        assertThat(household).contains("value=\"4\"");
        anna.perform(step(id, "hushall", "coApplicant", "", "childAges", "4, 9"));
        assertThat(jdbc.queryForObject("select child_ages from multifraga.application where id = ?", String.class, id)).isEqualTo("4,9");
        assertThat(anna.perform(get("/e-tjanster/multifraga/ansokan/" + id + "/steg/okand")).getStatus()).isEqualTo(404);

        // the printable paper form: the resident's own only
        MockHttpServletResponse pdf = anna.perform(get("/e-tjanster/multifraga/ansokan/" + id + "/pdf"));
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'multifraga.application' and target_id = ? "
                + "and detail like 'sökandens ansökan som PDF%'", Long.class, String.valueOf(id))).isOne();
        ResidentFlow erik = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099813"));
        assertThat(erik.perform(get("/e-tjanster/multifraga/ansokan/" + id + "/pdf")).getStatus()).isEqualTo(404);
        assertThat(erik.perform(get("/e-tjanster/multifraga/ansokan/" + id + "/steg/hushall")).getStatus()).isEqualTo(404);
        assertThat(erik.perform(step(id, "hushall", "childAges", "1")).getStatus()).isEqualTo(404);

        // submitted: the agency data is asked at once, without a caseworker; Skatteverket refuses, which blocks nothing
        Long lookup;
        fake.fail("SKV", SsbtekFake.Failure.REFUSE);
        try {
            sign(anna, id, "198507099805");
            assertThat(jdbc.queryForObject("select status from multifraga.application where id = ?", String.class, id)).isEqualTo("SUBMITTED");
            lookup = jdbc.queryForObject("select lookup_id from multifraga.application where id = ?", Long.class, id);
            assertThat(lookup).isNotNull();
            var logged = jdbc.queryForMap("select case_id, purpose, law, caseworker, sources, person_count, period_from from multifraga.lookup where id = ?",
                    lookup);
            assertThat(logged.get("case_id")).isEqualTo("EA-" + id);
            assertThat((String) logged.get("purpose")).contains("e-Ansökan");
            assertThat((String) logged.get("law")).isEqualTo("11 kap. 11 § socialtjänstlagen (2001:453)");
            assertThat(logged.get("caseworker")).isEqualTo("e-Ansökan (automatisk)");
            assertThat((String) logged.get("sources")).contains("SKV").contains("FK").doesNotContain("LEFI");
            assertThat(logged.get("person_count")).isEqualTo(1);
            assertThat(logged.get("period_from").toString()).isEqualTo(YearMonth.now().minusMonths(1).atDay(1).toString());
            assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'PERSONAL_DATA_READ' and target_type = 'multifraga.lookup' "
                    + "and target_id = ? and actor = 'e-Ansökan (automatisk)' and detail like '%syfte: Utredning av ansökan om ekonomiskt bistånd (e-Ansökan)%lagtext: 11 kap.%'",
                    Long.class, String.valueOf(lookup))).isOne();
            for (int i = 0; i < 100 && jdbc.queryForObject("select count(*) from multifraga.answer where lookup_id = ? and state = 'PENDING'",
                    Long.class, lookup) > 0; i++) {
                Thread.sleep(100);
            }
            assertThat(jdbc.queryForObject("select state from multifraga.answer where lookup_id = ? and source = 'SKV'", String.class, lookup))
                    .isEqualTo("REFUSED");
        } finally {
            fake.reset();
        }
        // submitted: no step can be changed any more
        MockHttpServletResponse late = anna.perform(step(id, "hushall", "coApplicant", "", "childAges", "4, 9, 12"));
        assertThat(late.getStatus()).isEqualTo(400);
        assertThat(late.getContentAsString()).contains("redan inskickad");
        assertThat(anna.perform(get("/e-tjanster/multifraga/ansokan/" + id + "/steg/hushall")).getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select child_ages from multifraga.application where id = ?", String.class, id)).isEqualTo("4,9");

        // a new partner makes it a new application: the submitted one keeps its household, the new one is a case of its own
        MockHttpServletResponse partner = anna.perform(step(id, "hushall", "coApplicant", "19850709-9813", "childAges", "4, 9"));
        assertThat(partner.getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select co_applicant_masked from multifraga.application where id = ?", String.class, id)).isNull();
        assertThat(anna.perform(get("/e-tjanster/multifraga/ansokan/" + id)).getContentAsString()).contains("gör en ny ansökan för er nya familj");
        String again = anna.perform(start("2081")).getRedirectedUrl();
        long second = Long.parseLong(again.substring("/e-tjanster/multifraga/ansokan/".length(), again.indexOf("/steg/")));
        assertThat(second).isNotEqualTo(id);
        assertThat(anna.perform(step(second, "hushall", "coApplicant", "19850709-9813", "coApplicantName", "Kim", "childAges", "4, 9")).getStatus())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select co_applicant_masked from multifraga.application where id = ?", String.class, second))
                .isEqualTo("19850709-****");
        assertThat(anna.perform(get("/e-tjanster/multifraga")).getContentAsString())
                .contains("/e-tjanster/multifraga/ansokan/" + id + "\"").contains("/e-tjanster/multifraga/ansokan/" + second + "\"");

        // the caseworker sees assets and planning with the flags, the agencies' answers with the refusal, and prints the same paper form
        Cookie borlange = login("borlange");
        String page = mvc.perform(get("/multifraga/ansokningar/" + id).cookie(borlange)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Volvo V70 ABC123").contains("Fonder").contains("Praktik på biblioteket").contains("Prövas särskilt");
        assertThat(page).contains("Uppgifterna hämtades automatiskt").contains("Avvisad").contains("/multifraga/lookups/" + lookup)
                .contains("Fråga myndigheterna igen");
        mvc.perform(get("/multifraga/lookups/" + lookup).cookie(borlange)).andExpect(status().isOk());
        byte[] paper = mvc.perform(get("/multifraga/ansokningar/" + id + "/pdf").cookie(borlange)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(paper, 0, 5)).isEqualTo("%PDF-");
        String username = "mf-lulea-paper-" + System.nanoTime();
        accounts.createUser(username, "Handläggare Luleå", null, organisationId("Luleå"), Set.of(MultifragaModule.MF_CASEWORKER), DEMO_PASSWORD);
        Cookie lulea = login(username);
        mvc.perform(get("/multifraga/ansokningar/" + id + "/pdf").cookie(lulea)).andExpect(status().isNotFound());
        mvc.perform(get("/multifraga/lookups/" + lookup).cookie(lulea)).andExpect(status().isNotFound());

        // the calculation: what Anna declared beside what the agencies answered for the month before (the fake's LEFI answer:
        // housing allowance 1 850 and sickness benefit 6 440 net); Skatteverket's refusal pays nothing, so nothing is missing
        String month = se.sambruk.core.format.SwedishFormat.month(YearMonth.now().minusMonths(1));
        // CSN's payment plan counts too when the fake's plan pays in that month, so the agencies' sum is read from the parts listed
        java.util.Map<String, Integer> parts = benefitParts(page);
        assertThat(parts).containsEntry("Försäkringskassan (förmåner, beslut, utbetalningar)", 8290);
        int agency = parts.values().stream().mapToInt(Integer::intValue).sum();
        String keptParts = String.join("|", parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        assertThat(page).contains("Inkomster: uppgett och myndigheternas svar för " + month)
                .contains("Skiljer " + kr(agency)).contains("Ingen myndighet lämnar detta per månad").doesNotContain("Svar saknas från");
        assertThat(page).contains("name=\"countBenefits\"").doesNotContain("name=\"countSalary\"");

        // deciding without saying which amount counts: an inline error, nothing saved
        MockHttpServletResponse unchosen = mvc.perform(post("/multifraga/ansokningar/" + id + "/beslut").cookie(borlange).with(csrf())
                .param("outcome", "GRANTED").param("amount", "4200").param("reasons", "")).andReturn().getResponse();
        assertThat(unchosen.getStatus()).isEqualTo(200);
        assertThat(unchosen.getContentAsString()).contains("välj vilket belopp som räknas").contains("id=\"countBenefits-error\"");
        assertThat(jdbc.queryForObject("select status from multifraga.application where id = ?", String.class, id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select count(*) from multifraga.application_income where application_id = ?", Long.class, id)).isZero();

        // recalculating with the agencies' amount saves nothing and shows the incomes counted and the assistance by them
        String recalculated = mvc.perform(post("/multifraga/ansokningar/" + id + "/berakning").cookie(borlange).with(csrf())
                .param("countBenefits", "AGENCY")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(recalculated).contains("id=\"counted-incomes\">" + kr(4000 + agency))
                .containsPattern("value=\"AGENCY\"\\s+checked");
        assertThat(jdbc.queryForObject("select status from multifraga.application where id = ?", String.class, id)).isEqualTo("SUBMITTED");
        assertThat(mvc.perform(post("/multifraga/ansokningar/" + id + "/berakning").cookie(borlange).with(csrf())
                .param("countSalary", "AGENCY")).andReturn().getResponse().getContentAsString())
                .contains("det finns inget svar från myndigheterna här");

        // a decision can be made although a source refused; the amount counted is kept with it, audited, and shown once decided
        mvc.perform(post("/multifraga/ansokningar/" + id + "/beslut").cookie(borlange).with(csrf())
                .param("outcome", "GRANTED").param("amount", "4200").param("reasons", "").param("countBenefits", "AGENCY"))
                .andExpect(status().is3xxRedirection());
        var kept = jdbc.queryForMap("select declared, agency, state, counted, parts from multifraga.application_income where application_id = ? "
                + "and kind = 'BENEFITS'", id);
        assertThat(kept.get("declared")).isEqualTo(0);
        assertThat(kept.get("agency")).isEqualTo(agency);
        assertThat(kept.get("state")).isEqualTo("DIFFERS");
        assertThat(kept.get("counted")).isEqualTo("AGENCY");
        assertThat((String) kept.get("parts")).isEqualTo(keptParts);
        assertThat(jdbc.queryForObject("select count(*) from multifraga.application_income where application_id = ? and counted = 'DECLARED'",
                Long.class, id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'PERSONAL_DATA_CHANGED' and target_type = 'multifraga.application' "
                + "and target_id = ? and detail like '%myndigheternas belopp räknat för APPLICANT BENEFITS%'", Long.class, String.valueOf(id))).isOne();
        String decided = mvc.perform(get("/multifraga/ansokningar/" + id).cookie(borlange)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(decided).contains("Myndigheternas belopp").contains("id=\"counted-incomes\">" + kr(4000 + agency)).doesNotContain("name=\"countBenefits\"");
        byte[] decisionPdf = mvc.perform(get("/multifraga/ansokningar/" + id + "/beslut/pdf").cookie(borlange)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(decisionPdf, 0, 5)).isEqualTo("%PDF-");
    }

    /** The sources and amounts listed under the benefits line of the calculation, in the page's order. */
    private static java.util.Map<String, Integer> benefitParts(String page) {
        return benefitParts(page, "APPLICANT");
    }

    /** The sources and amounts listed under one adult's benefits line of the calculation, in the page's order. */
    private static java.util.Map<String, Integer> benefitParts(String page, String adult) {
        String row = page.substring(page.indexOf("<tr id=\"income-" + adult + "-BENEFITS\">"), page.indexOf("<tr id=\"income-" + adult + "-OTHER\">"));
        java.util.Map<String, Integer> parts = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher item = java.util.regex.Pattern.compile("<li>([^<]*?) ([0-9][0-9\u00a0\u202f ]*)\u00a0kr</li>").matcher(row);
        while (item.find()) {
            parts.put(item.group(1), Integer.parseInt(item.group(2).replaceAll("\\D", "")));
        }
        return parts;
    }

    private static String kr(int kronor) {
        return se.sambruk.core.format.SwedishFormat.kronor(kronor);
    }

    /** The riksnorm form's fields as the shipped 2021 table fills them, with the year, source, reason and single adult's amount given. */
    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder norm(Cookie user, int year, String single, String source,
                                                                                            String reason, String... more) {
        Riksnorm base = Riksnorm.Y2021;
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("year", String.valueOf(year));
        fields.put("source", source);
        fields.put("reason", reason);
        fields.put("single", single);
        fields.put("couple", String.valueOf(base.couple()));
        for (int i = 0; i < 8; i++) {
            fields.put("child" + i, String.valueOf(base.child().get(i)));
        }
        for (int i = 1; i <= 7; i++) {
            fields.put("common" + i, String.valueOf(base.common(i)));
        }
        for (int i = 0; i < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        var request = post("/multifraga/riksnorm").cookie(user).with(csrf());
        for (var field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request;
    }

    @Test
    void theAdministratorKeepsTheRiksnormPerYearForTheMunicipalityAndADecisionKeepsTheVersionItUsed() throws Exception {
        int year = YearMonth.now().getYear();
        long borlangeOrg = organisationId("Borlänge");
        long luleaOrg = organisationId("Luleå");
        String countRows = "select count(*) from multifraga.riksnorm_version where organisation_id = ?";
        Cookie borlange = login("borlange");
        try {
            String page = mvc.perform(get("/multifraga/riksnorm").cookie(borlange)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).contains("Riksnormen för " + year).contains("SFS 2020:1013").contains("Plattformens")
                    .contains("id=\"single\"").contains("value=\"3160\"");
            assertThat(mvc.perform(get("/multifraga").cookie(borlange)).andReturn().getResponse().getContentAsString())
                    .contains("/multifraga/riksnorm");

            // bad input: inline errors per field with the summary, nothing saved
            MockHttpServletResponse bad = mvc.perform(norm(borlange, year, "", "", "", "child2", "2 170,50", "common3", "-5"))
                    .andReturn().getResponse();
            assertThat(bad.getStatus()).isEqualTo(400);
            assertThat(bad.getContentAsString()).contains("Det finns fel som behöver rättas").contains("id=\"single-error\"").contains("Skriv ett belopp.")
                    .contains("id=\"child2-error\"").contains("hela kronor").contains("id=\"common3-error\"").contains("kan inte vara negativt")
                    .contains("Skriv var beloppen kommer ifrån").contains("value=\"2 170,50\"");
            assertThat(jdbc.queryForObject(countRows, Long.class, borlangeOrg)).isZero();

            // a caseworker without MF_ADMIN is refused, and saves nothing
            String caseworker = "mf-borlange-cw-" + System.nanoTime();
            accounts.createUser(caseworker, "Handläggare Borlänge", null, borlangeOrg, Set.of(MultifragaModule.MF_CASEWORKER), DEMO_PASSWORD);
            Cookie caseworkerOnly = login(caseworker);
            mvc.perform(get("/multifraga/riksnorm").cookie(caseworkerOnly)).andExpect(status().isForbidden());
            mvc.perform(norm(caseworkerOnly, year, "9999", "SFS 2025:1", "")).andExpect(status().isForbidden());
            assertThat(mvc.perform(get("/multifraga").cookie(caseworkerOnly)).andReturn().getResponse().getContentAsString())
                    .doesNotContain("/multifraga/riksnorm");
            assertThat(jdbc.queryForObject(countRows, Long.class, borlangeOrg)).isZero();

            // the administrator enters this year's table: version 1, audited
            mvc.perform(norm(borlange, year, "4 000", "SFS " + (year - 1) + ":999 (inlagd av kommunen)", ""))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("select single_amount from multifraga.riksnorm_version where organisation_id = ? and year = ? and version = 1",
                    Integer.class, borlangeOrg, year)).isEqualTo(4000);
            assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'REGISTER_CHANGED' and target_type = 'multifraga.riksnorm' "
                    + "and target_org_id = ? and detail like ?", Long.class, borlangeOrg, "riksnormen " + year + ", version 1%")).isOne();
            assertThat(mvc.perform(get("/multifraga/riksnorm?ar=" + year + "&sparad=1").cookie(borlange)).andReturn().getResponse().getContentAsString())
                    .contains("sparad som version 1").contains("Kommunens, version 1").contains("kommunens belopp för " + year + ", version 1");

            // another municipality's administrator neither sees nor changes it: Luleå's own save stays Luleå's
            String luleaAdmin = "mf-lulea-admin-" + System.nanoTime();
            accounts.createUser(luleaAdmin, "Administratör Luleå", null, luleaOrg, Set.of(MultifragaModule.MF_CASEWORKER, MultifragaModule.MF_ADMIN),
                    DEMO_PASSWORD);
            Cookie lulea = login(luleaAdmin);
            String luleaPage = mvc.perform(get("/multifraga/riksnorm?ar=" + year).cookie(lulea)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(luleaPage).doesNotContain("Kommunens, version").doesNotContain(":999").contains("plattformens belopp för 2021");
            mvc.perform(norm(lulea, year, "1", "Luleås test", "")).andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject(countRows, Long.class, borlangeOrg)).isOne();
            assertThat(jdbc.queryForObject("select single_amount from multifraga.riksnorm_version where organisation_id = ?", Integer.class, luleaOrg))
                    .isEqualTo(1);
            assertThat(mvc.perform(get("/multifraga/riksnorm").cookie(borlange)).andReturn().getResponse().getContentAsString())
                    .doesNotContain("Luleås test");

            // an application of this year is calculated with Borlänge's table, and says whose it is
            ResidentFlow anna = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099805"));
            long id = create(anna);
            sign(anna, id, "198507099805");
            int need = 4000 + 2170 + 3060 + 1420 + 8500 + 400 + 180;
            String application = mvc.perform(get("/multifraga/ansokningar/" + id).cookie(borlange)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(application).contains("Tabellen är kommunens egen, version 1").contains(":999 (inlagd av kommunen)")
                    .contains("id=\"need\">" + kr(need)).doesNotContain("id=\"norm-stale\"");
            mvc.perform(post("/multifraga/ansokningar/" + id + "/beslut").cookie(borlange).with(csrf())
                            .param("outcome", "GRANTED").param("amount", "9000").param("reasons", "").param("countBenefits", "DECLARED"))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForMap("select norm_year, norm_version from multifraga.application where id = ?", id))
                    .containsEntry("norm_year", year).containsEntry("norm_version", 1);

            // the year is used by a decision: a change needs a reason, becomes version 2; the decision keeps version 1
            assertThat(mvc.perform(get("/multifraga/riksnorm?ar=" + year).cookie(borlange)).andReturn().getResponse().getContentAsString())
                    .contains("har använts i beslut");
            MockHttpServletResponse silent = mvc.perform(norm(borlange, year, "4100", "SFS rättad", "")).andReturn().getResponse();
            assertThat(silent.getStatus()).isEqualTo(400);
            assertThat(silent.getContentAsString()).contains("id=\"reason-error\"").contains("skriv varför tabellen ändras");
            assertThat(jdbc.queryForObject(countRows, Long.class, borlangeOrg)).isOne();
            mvc.perform(norm(borlange, year, "4100", "SFS rättad", "Rättat ensamståendes belopp efter förordningen"))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'REGISTER_CHANGED' and target_type = 'multifraga.riksnorm' "
                    + "and target_org_id = ? and detail like ?", Long.class, borlangeOrg, "%version 2%skäl: Rättat ensamståendes belopp%")).isOne();
            String decided = mvc.perform(get("/multifraga/ansokningar/" + id).cookie(borlange)).andReturn().getResponse().getContentAsString();
            assertThat(decided).contains("Tabellen är kommunens egen, version 1").contains("id=\"need\">" + kr(need));
            assertThat(mvc.perform(get("/multifraga/riksnorm?ar=" + year).cookie(borlange)).andReturn().getResponse().getContentAsString())
                    .contains("Kommunens versioner för " + year).contains("Rättat ensamståendes belopp efter förordningen");
        } finally {
            jdbc.update("delete from multifraga.riksnorm_version where organisation_id in (?, ?)", borlangeOrg, luleaOrg);
        }
    }

    /** Waits until every answer of a look-up is in. */
    void awaitAnswers(long lookup) throws Exception {
        for (int i = 0; i < 200 && jdbc.queryForObject("select count(*) from multifraga.answer where lookup_id = ? and state = 'PENDING'",
                Long.class, lookup) > 0; i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void theCalculationComparesTheNewestCompleteLookUpOfTheCaseAndShowsTheAssetsByTheMunicipalitysRule() throws Exception {
        ResidentFlow anna = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "198507099805"));
        long id = create(anna);
        assertThat(anna.perform(step(id, "tillgangar", "bankBalance", "5400", "vehicles", "25000", "vehiclesText", "Volvo V70 ABC123",
                "property", "0", "otherAssets", "0")).getStatus()).isEqualTo(302);
        sign(anna, id, "198507099805");
        long automatic = jdbc.queryForObject("select lookup_id from multifraga.application where id = ?", Long.class, id);
        awaitAnswers(automatic);

        // the automatic look-up is compared; the bank balance above the buffer (0 kr by default) is used before assistance, the car is assessed
        Cookie borlange = login("borlange");
        String page = mvc.perform(get("/multifraga/ansokningar/" + id).cookie(borlange)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        int assistance = 3160 + 2170 + 3060 + 1420 + 8500 + 400 + 180 - 2500;
        assertThat(page).contains("Jämförelsen använder förfrågan " + automatic + ", gjord av e-Ansökan (automatisk)")
                .doesNotContain("Det är en senare förfrågan");
        String assets = page.substring(page.indexOf("id=\"asset-assessment\""), page.indexOf("id=\"asset-rule\""));
        assertThat(assets).contains("Volvo V70 ABC123").contains("Prövas särskilt").contains(kr(5400))
                .contains("id=\"assistance-after-assets\">" + kr(assistance - 5400));
        assertThat(page).contains("utöver en buffert på " + kr(0));
        // what the agencies paid to the applicant that month, on the applicant's own line (the fake's LEFI answer: 1 850 + 6 440 net
        // from Försäkringskassan); with one adult there is no household table per person
        assertThat(benefitParts(page)).containsEntry("Försäkringskassan (förmåner, beslut, utbetalningar)", 8290);
        assertThat(page).contains("Sökande: ").doesNotContain("id=\"paid-per-person\"");

        // the caseworker asks again on the case: once its answers are in, the calculation compares with it and says so
        String location = mvc.perform(post("/multifraga/ansokningar/" + id + "/forfragan").cookie(borlange).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long later = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(later).isNotEqualTo(automatic);
        awaitAnswers(later);
        String caseworker = jdbc.queryForObject("select caseworker from multifraga.lookup where id = ?", String.class, later);
        String again = mvc.perform(get("/multifraga/ansokningar/" + id).cookie(borlange)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(again).contains("Jämförelsen använder förfrågan " + later + ", gjord av " + caseworker).contains("Det är en senare förfrågan")
                .contains("/multifraga/lookups/" + later + "/sammanstallning");
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'PERSONAL_DATA_READ' and target_type = 'multifraga.application' "
                + "and target_id = ? and detail like ?", Long.class, String.valueOf(id), "%jämförd med förfrågan " + later)).isOne();

        // the decision keeps the look-up compared and the buffer, and the decided page shows them
        mvc.perform(post("/multifraga/ansokningar/" + id + "/beslut").cookie(borlange).with(csrf())
                        .param("outcome", "GRANTED").param("amount", "5000").param("reasons", "").param("countBenefits", "DECLARED"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select compared_lookup_id, compared_lookup_by, asset_buffer from multifraga.application where id = ?", id))
                .containsEntry("compared_lookup_id", later).containsEntry("compared_lookup_by", caseworker).containsEntry("asset_buffer", 0);
        String decided = mvc.perform(get("/multifraga/ansokningar/" + id).cookie(borlange)).andReturn().getResponse().getContentAsString();
        assertThat(decided).contains("Jämförelsen använder förfrågan " + later).contains("id=\"assistance-after-assets\">" + kr(assistance - 5400));
        byte[] pdf = mvc.perform(get("/multifraga/ansokningar/" + id + "/beslut/pdf").cookie(borlange)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aResidentWithProtectedIdentityIsSentToTheSocialServicesAndNothingIsStored() throws Exception {
        ResidentFlow lena = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "197308169825"));
        assertThat(lena.perform(get("/e-tjanster/multifraga")).getContentAsString()).contains("Du har skyddad identitet");
        Long before = jdbc.queryForObject("select count(*) from multifraga.application", Long.class);
        MockHttpServletResponse posted = lena.perform(start("2081"));
        assertThat(posted.getContentAsString()).contains("Du har skyddad identitet");
        assertThat(jdbc.queryForObject("select count(*) from multifraga.application", Long.class)).isEqualTo(before);
    }
}
