package se.sambruk.provisum;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office's forms end to end: a guardian with the suitability check, an assignment (which opens
 * the inventory's case), giving a case to another caseworker, attachments, and the municipality's
 * fee rules as the default share of a fee decision; another office reaches none of it.
 */
class ProvisumOfficeFormsTests extends PlatformTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    Cookie userOf(String username, String organisation, String... roles) throws Exception {
        synchronized (ProvisumOfficeFormsTests.class) {
            if (!users.existsByUsernameIgnoreCase(username)) {
                accounts.createUser(username, "Test " + username, null, organisationId(organisation), Set.of(roles), DEMO_PASSWORD);
            }
        }
        return login(username);
    }

    long principalNamed(String name) {
        return jdbc.queryForObject("select id from provisum.principal where name = ?", Long.class, name);
    }

    long caseOf(String principal, String type) {
        return jdbc.queryForObject("select min(id) from provisum.case_file where principal_id = ? and type = ?", Long.class,
                principalNamed(principal), type);
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void theOfficeRegistersAGuardianChecksSuitabilityAndGivesAnAssignmentThatOpensTheInventory() throws Exception {
        Cookie bo = login("borlange");
        // a bad personnummer and half a suitability check: inline errors, nothing saved
        mvc.perform(post("/provisum/guardians").cookie(bo).with(csrf()).param("name", "Gun Godman").param("personnummer", "19661212-1234")
                        .param("suitabilityCheckedOn", "2026-12-01").param("criminalRecordChecked", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("Personnumret är inte giltigt")))
                .andExpect(content().string(containsString("alla tre delar")))
                .andExpect(content().string(containsString("Gun Godman")));
        mvc.perform(post("/provisum/guardians").cookie(bo).with(csrf()).param("name", "Gun Godman").param("personnummer", "196612121233")
                        .param("suitabilityCheckedOn", "2099-01-01").param("criminalRecordChecked", "true").param("debtsChecked", "true")
                        .param("interviewed", "true"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("kan inte vara i framtiden")));
        mvc.perform(post("/provisum/guardians").cookie(bo).with(csrf()).param("name", "Gun Godman").param("personnummer", "196612121233")
                        .param("suitabilityCheckedOn", "1 december"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("ÅÅÅÅ-MM-DD")));
        assertThat(count("select count(*) from provisum.guardian where name = 'Gun Godman'")).isZero();

        // registered without a check: no assignment can be given yet
        String guardian = mvc.perform(post("/provisum/guardians").cookie(bo).with(csrf()).param("name", "Gun Godman")
                        .param("personnummer", "196612121233").param("email", "gun@example.se"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long guardianId = Long.parseLong(guardian.substring(guardian.lastIndexOf('/') + 1));
        mvc.perform(post("/provisum/guardians").cookie(bo).with(csrf()).param("name", "Gun Igen").param("personnummer", "196612121233"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("finns redan")));
        mvc.perform(get(guardian).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("19661212-****")))
                .andExpect(content().string(not(containsString("196612121233"))))
                .andExpect(content().string(containsString("Inte prövad")));

        String principal = "/provisum/principals/" + principalNamed("Bertil Fiktiv");
        mvc.perform(post(principal + "/assignments").cookie(bo).with(csrf()).param("guardian", String.valueOf(guardianId))
                        .param("kind", "GODMANSKAP").param("scope", "Bevaka rätt").param("startsOn", "2026-12-01"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("inte lämplighetsprövad")));

        // the check recorded later, whole
        mvc.perform(post(guardian + "/suitability").cookie(bo).with(csrf()).param("suitabilityCheckedOn", "2026-12-02").param("interviewed", "true"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("alla tre delar")));
        mvc.perform(post(guardian + "/suitability").cookie(bo).with(csrf()).param("suitabilityCheckedOn", "2026-12-02")
                        .param("criminalRecordChecked", "true").param("debtsChecked", "true").param("interviewed", "true")
                        .param("suitabilityNote", "Inga anmärkningar"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(guardian).cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("2026-12-02")))
                .andExpect(content().string(not(containsString("Registrera lämplighetsprövning"))));

        // the assignment's rules, then one that passes and opens the inventory due two months from the start
        mvc.perform(post(principal + "/assignments").cookie(bo).with(csrf()).param("guardian", String.valueOf(guardianId))
                        .param("kind", "FORMYNDARE").param("scope", "Förvalta").param("startsOn", "2026-12-01").param("endsOn", "2026-11-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Slutdatumet kan inte vara före startdatumet")))
                .andExpect(content().string(containsString("under 18 år")));
        mvc.perform(post(principal + "/assignments").cookie(bo).with(csrf()).param("guardian", "999999").param("kind", "NONSENSE")
                        .param("scope", "").param("startsOn", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("error-summary")));
        int before = count("select count(*) from provisum.assignment where guardian_id = ?", guardianId);
        assertThat(before).isZero();
        String inventory = mvc.perform(post(principal + "/assignments").cookie(bo).with(csrf()).param("guardian", String.valueOf(guardianId))
                        .param("kind", "GODMANSKAP").param("scope", "Bevaka rätt, förvalta egendom").param("courtDecision", "Ä 1234-26")
                        .param("startsOn", "2026-12-01").param("openInventory", "true").param("_openInventory", "on"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(inventory).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Förteckning")))
                .andExpect(content().string(containsString("2027-02-01")));
        mvc.perform(get(guardian).cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("Bertil Fiktiv")));

        // another office sees neither the guardian nor can it give Borlänge's principals assignments
        Cookie mora = userOf("mora-forms", "Mora", "CASEWORKER", ProvisumModule.PROVISUM_CASEWORKER);
        mvc.perform(get(guardian).cookie(mora)).andExpect(status().isNotFound());
        mvc.perform(post(guardian + "/suitability").cookie(mora).with(csrf()).param("suitabilityCheckedOn", "2026-12-02")
                .param("criminalRecordChecked", "true").param("debtsChecked", "true").param("interviewed", "true")).andExpect(status().isNotFound());
        mvc.perform(post(principal + "/assignments").cookie(mora).with(csrf()).param("guardian", String.valueOf(guardianId))
                .param("kind", "GODMANSKAP").param("scope", "x").param("startsOn", "2026-12-01")).andExpect(status().isNotFound());
        assertThat(count("select count(*) from provisum.assignment where guardian_id = ?", guardianId)).isOne();
    }

    @Test
    void aCaseIsGivenToAnotherCaseworkerWhoIsToldWithoutPersonalData() throws Exception {
        Cookie bo = login("borlange");
        userOf("borlange-provisum2", "Borlänge", "CASEWORKER", ProvisumModule.PROVISUM_CASEWORKER);
        long colleague = jdbc.queryForObject("select id from core.app_user where username = 'borlange-provisum2'", Long.class);
        long caseId = caseOf("Cecilia Låtsas", "FORTECKNING");
        String url = "/provisum/cases/" + caseId;
        mvc.perform(get(url).cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("Test borlange-provisum2")));
        mvc.perform(post(url + "/caseworker").cookie(bo).with(csrf()).param("caseworker", "kiruna")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Välj en av nämndens handläggare")));
        mvc.perform(post(url + "/caseworker").cookie(bo).with(csrf()).param("caseworker", "borlange-provisum2"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select caseworker from provisum.case_file where id = ?", String.class, caseId)).isEqualTo("borlange-provisum2");
        mvc.perform(get(url).cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("CASE_ASSIGNED")));
        String notice = jdbc.queryForObject("select subject || ' ' || body from core.user_notification where user_id = ? order by id desc limit 1",
                String.class, colleague);
        assertThat(notice).contains("tilldelats dig").doesNotContain("Cecilia");
        mvc.perform(post(url + "/caseworker").cookie(userOf("mora-assign", "Mora", "CASEWORKER", ProvisumModule.PROVISUM_CASEWORKER))
                .with(csrf()).param("caseworker", "borlange")).andExpect(status().isNotFound());
        jdbc.update("update provisum.case_file set caseworker = 'borlange' where id = ?", caseId);
    }

    @Test
    void attachmentsAreStoredByTheirContentRegisteredAndDownloadedOnlyByTheOffice() throws Exception {
        Cookie bo = login("borlange");
        long caseId = caseOf("Bertil Fiktiv", "SLUTRAKNING");
        String url = "/provisum/cases/" + caseId;
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart(url + "/attachments").file(new MockMultipartFile("file", "program.exe", "application/octet-stream",
                        new byte[] {'M', 'Z', 0, 1, 2, (byte) 0x90}))
                        .cookie(bo).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Filtypen tas inte emot")));
        mvc.perform(multipart(url + "/attachments").cookie(bo).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Filen är tom")));
        mvc.perform(multipart(url + "/attachments").file(new MockMultipartFile("file", "kontoutdrag", "text/plain", pdf)).cookie(bo).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long attachment = jdbc.queryForObject("select max(id) from core.attachment where owner_service = 'provisum' and owner_ref = ?", Long.class,
                "case:" + caseId);
        mvc.perform(get(url).cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("kontoutdrag.pdf")))
                .andExpect(content().string(containsString("Bilaga kontoutdrag.pdf")));
        int reads = count("select count(*) from core.audit_event where target_type = 'attachment' and target_id = ? and action = 'PERSONAL_DATA_READ'",
                String.valueOf(attachment));
        byte[] body = mvc.perform(get(url + "/attachments/" + attachment).cookie(bo)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(pdf);
        assertThat(count("select count(*) from core.audit_event where target_type = 'attachment' and target_id = ? and action = 'PERSONAL_DATA_READ'",
                String.valueOf(attachment))).isEqualTo(reads + 1);

        // through another of the office's cases, or by another office: 404
        mvc.perform(get("/provisum/cases/" + caseOf("Cecilia Låtsas", "FORTECKNING") + "/attachments/" + attachment).cookie(bo))
                .andExpect(status().isNotFound());
        Cookie mora = userOf("mora-files", "Mora", "CASEWORKER", ProvisumModule.PROVISUM_CASEWORKER);
        mvc.perform(get(url + "/attachments/" + attachment).cookie(mora)).andExpect(status().isNotFound());
        mvc.perform(multipart(url + "/attachments").file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf)).cookie(mora).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theMunicipalitysFeeRulesAreEditedAndGiveTheDefaultShareOfAFee() throws Exception {
        Cookie bo = login("borlange");
        long falun = organisationId("Falun");
        mvc.perform(get("/provisum/fee-rules").cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Smedjebacken")))
                .andExpect(content().string(containsString("Förvalta egendom")));
        mvc.perform(post("/provisum/fee-rules").cookie(bo).with(csrf()).param("municipality", String.valueOf(falun))
                        .param("BEVAKA_RATT", "4").param("FORVALTA_EGENDOM", "abc").param("SORJA_FOR_PERSON", "101"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("sparades inte")))
                .andExpect(content().string(containsString("abc")));
        assertThat(count("select count(*) from provisum.fee_rule where municipality_id = ?", falun)).isZero();
        mvc.perform(post("/provisum/fee-rules").cookie(bo).with(csrf()).param("municipality", String.valueOf(falun))
                        .param("BEVAKA_RATT", "4").param("FORVALTA_EGENDOM", "6,5").param("SORJA_FOR_PERSON", "5"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/provisum/fee-rules").cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("6,50")));

        // a fee on Falun's case: no share entered, the rule's 4 + 6.5 = 10.5 % of 2026's 59,200 kr
        long caseId = caseOf("David Demo", "ARVODE");
        mvc.perform(post("/provisum/cases/" + caseId + "/fees").cookie(bo).with(csrf()).param("year", "2026")).andExpect(status().isBadRequest());
        mvc.perform(post("/provisum/cases/" + caseId + "/fees").cookie(bo).with(csrf()).param("year", "2026").param("task", "NONSENSE"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/provisum/cases/" + caseId + "/fees").cookie(bo).with(csrf()).param("year", "2026")
                        .param("task", "BEVAKA_RATT").param("task", "FORVALTA_EGENDOM"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select amount from provisum.fee_decision where case_id = ? order by id desc limit 1",
                java.math.BigDecimal.class, caseId)).isEqualByComparingTo("6216");
        assertThat(jdbc.queryForObject("select tasks from provisum.fee_decision where case_id = ? order by id desc limit 1", String.class, caseId))
                .isEqualTo("BEVAKA_RATT,FORVALTA_EGENDOM");

        // another office cannot change Falun's rules
        Cookie mora = userOf("mora-fees", "Mora", "CASEWORKER", ProvisumModule.PROVISUM_CASEWORKER);
        mvc.perform(post("/provisum/fee-rules").cookie(mora).with(csrf()).param("municipality", String.valueOf(falun))
                .param("BEVAKA_RATT", "1").param("FORVALTA_EGENDOM", "1").param("SORJA_FOR_PERSON", "1")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select share_percent from provisum.fee_rule where municipality_id = ? and task = 'BEVAKA_RATT'",
                java.math.BigDecimal.class, falun)).isEqualByComparingTo("4");
        jdbc.update("delete from provisum.fee_rule where municipality_id = ?", falun);
    }
}
