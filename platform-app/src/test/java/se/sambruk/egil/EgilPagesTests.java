package se.sambruk.egil;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import se.sambruk.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The EGIL administrator's pages on the demo data (Ale's CSV source and simulated suppliers). */
class EgilPagesTests extends PlatformTest {

    @org.springframework.beans.factory.annotation.Autowired
    se.sambruk.core.security.UserAccounts accounts;
    @org.springframework.beans.factory.annotation.Autowired
    se.sambruk.core.security.ApiClients clients;

    String token(String clientId, String organisation) throws Exception {
        synchronized (EgilPagesTests.class) {
            if (!clients.existsByClientId(clientId)) {
                accounts.registerClient(clientId, "EGIL webhook", organisationId(organisation), java.util.Set.of("register.read"), clientId + "-secret");
            }
        }
        String answer = mvc.perform(post("/oauth2/token").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(clientId, clientId + "-secret")).param("grant_type", "client_credentials").param("scope", "register.read"))
                .andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(answer, "$.access_token");
    }

    @Test
    void theSourcesSystemNotifiesAChangeThroughTheWebhook() throws Exception {
        long source = jdbc.queryForObject("select min(id) from egil.source where organisation_id = ?", Long.class, organisationId("Ale"));
        mvc.perform(post("/api/v1/egil/sources/" + source + "/notifications")
                        .header("Authorization", "Bearer " + token("egil-webhook-ale", "Ale")))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/egil/sources/999999/notifications")
                        .header("Authorization", "Bearer " + token("egil-webhook-ale", "Ale")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/egil/sources/" + source + "/notifications")
                        .header("Authorization", "Bearer " + token("egil-webhook-kiruna", "Kiruna")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/egil/sources/" + source + "/notifications")).andExpect(status().isUnauthorized());
    }

    long demoSupplier() {
        return jdbc.queryForObject("select min(id) from egil.supplier where organisation_id = ? and simulated and not dnp", Long.class,
                organisationId("Ale"));
    }

    @Test
    void theAdministratorSeesSourcesSuppliersAndCanSyncTheSimulatedSupplier() throws Exception {
        Cookie ale = login("ale");
        mvc.perform(get("/egil").cookie(ale)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Demokälla")))
                .andExpect(content().string(containsString("Simulerad läromedelsleverantör")));
        long supplier = demoSupplier();
        mvc.perform(get("/egil/suppliers/" + supplier + "/preview").cookie(ale)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nästa körning skapar")));
        String location = mvc.perform(post("/egil/suppliers/" + supplier + "/sync").cookie(ale).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).cookie(ale)).andExpect(status().isOk()).andExpect(content().string(containsString("Förlopp")));
        mvc.perform(get(location).cookie(ale).header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("run-progress")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/egil/suppliers/" + supplier).cookie(ale)).andExpect(status().isOk());
        mvc.perform(get("/egil/people").param("q", "Alva").cookie(ale)).andExpect(status().isOk());
    }

    @Test
    void aSupplierFormWithBadInputShowsTheErrorsAndKeepsWhatWasTyped() throws Exception {
        Cookie ale = login("ale");
        mvc.perform(post("/egil/suppliers").cookie(ale).with(csrf())
                        .param("name", "Forlaget Ett").param("baseUrl", "ftp://fel").param("authKind", "MTLS_PIN")
                        .param("pinSha256", "inte-en-pin").param("schoolYears", "sju").param("maxDeletes", "-1")
                        .param("maxChangePercent", "10").param("deletionDelayDays", "0").param("requestsPerSecond", "50").param("maxInFlight", "8"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("value=\"Forlaget Ett\"")))
                .andExpect(content().string(containsString("32 byte SHA-256")))
                .andExpect(content().string(containsString("ingen årskurs")));
    }

    @Test
    void aCsvWithBadRowsIsReadAndTheBadRowsAreListed() throws Exception {
        Cookie ale = login("ale");
        mvc.perform(post("/egil/sources").cookie(ale).with(csrf()).param("name", "CSV-test").param("kind", "CSV"))
                .andExpect(status().is3xxRedirection());
        long source = jdbc.queryForObject("select max(id) from egil.source where name = 'CSV-test'", Long.class);
        String csv = """
                type,id,display_name,given_name,family_name,civic_no,eppn,email,school_unit,school_unit_code,school_type,school_year,programme,group_type,groups
                SCHOOL_UNIT,7d4c7ec2-2b37-4c4c-9d7e-2b7a5c3e1a01,Testskolan,,,,,,,12345678,GR,,,,
                STUDENT,7d4c7ec2-2b37-4c4c-9d7e-2b7a5c3e1a02,,Alva,Berg,,,,7d4c7ec2-2b37-4c4c-9d7e-2b7a5c3e1a01,,GR,7,,,
                STUDENT,inte-ett-id,,Noah,Lind,,,,7d4c7ec2-2b37-4c4c-9d7e-2b7a5c3e1a01,,GR,7,,,
                STUDENT,7d4c7ec2-2b37-4c4c-9d7e-2b7a5c3e1a03,,"Saga,,,
                """;
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/egil/sources/" + source + "/upload")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "elever.csv", "text/csv", csv.getBytes()))
                        .cookie(ale).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/egil/sources/" + source).cookie(ale)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id is not a UUID: inte-ett-id")))
                .andExpect(content().string(containsString("A quoted field is not closed")));
        jdbc.update("delete from egil.source where id = ?", source);
    }

    @Test
    void otherOrganisationsAndUsersWithoutTheRoleAreKeptOut() throws Exception {
        long supplier = demoSupplier();
        mvc.perform(get("/egil").cookie(login("kiruna"))).andExpect(status().isForbidden());
        mvc.perform(get("/egil/suppliers/" + supplier).cookie(login("kiruna"))).andExpect(status().isForbidden());
        mvc.perform(get("/egil/suppliers/999999").cookie(login("ale"))).andExpect(status().isNotFound());
    }

    @Test
    void anApiSourceKeepsItsConnectionInTheSharedStoreAndIsTestedEditedAndReadByChanges() throws Exception {
        Cookie ale = login("ale");
        String name = "API-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        // bad input: an internal address and no secret, shown at the fields; nothing saved, not even the source
        mvc.perform(post("/egil/sources").cookie(ale).with(csrf()).param("name", name).param("kind", "SS12000")
                        .param("baseUrl", "http://10.1.2.3/ss12000").param("tokenUrl", "http://10.1.2.3/token").param("clientId", "egil"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"baseUrl-error\"")))
                .andExpect(content().string(containsString("id=\"clientSecret-error\"")));
        assertThat(jdbc.queryForObject("select count(*) from egil.source where name = ?", Integer.class, name)).isZero();

        java.util.UUID unit = java.util.UUID.randomUUID(), stays = java.util.UUID.randomUUID(), leaves = java.util.UUID.randomUUID();
        try (se.sambruk.schooldata.FakeSs12000Server school = new se.sambruk.schooldata.FakeSs12000Server()) {
            school.put("organisations", se.sambruk.schooldata.Ss12000Objects.organisation(unit, "Skolenhet", "Testskolan", null));
            school.put("persons", se.sambruk.schooldata.Ss12000Objects.pupil(stays, "Stina", "Kvar", null, unit, 7));
            school.put("persons", se.sambruk.schooldata.Ss12000Objects.pupil(leaves, "Love", "Slutar", null, unit, 7));
            String location = mvc.perform(post("/egil/sources").cookie(ale).with(csrf()).param("name", name).param("kind", "SS12000")
                            .param("baseUrl", allowFake(school.baseUrl())).param("tokenUrl", allowFake(school.tokenUrl()))
                            .param("clientId", se.sambruk.schooldata.FakeSs12000Server.CLIENT_ID)
                            .param("clientSecret", se.sambruk.schooldata.FakeSs12000Server.CLIENT_SECRET).param("nightly", "true"))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            long source = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            String sealed = jdbc.queryForObject("select client_secret_cipher from schooldata.connection where organisation_id = ? and service = ?",
                    String.class, organisationId("Ale"), "egil/" + source);
            assertThat(sealed).isNotBlank().doesNotContain(se.sambruk.schooldata.FakeSs12000Server.CLIENT_SECRET);

            mvc.perform(post("/egil/sources/" + source + "/test").cookie(ale).with(csrf())).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Anslutningen fungerar")));
            mvc.perform(post("/egil/sources/" + source + "/read").cookie(ale).with(csrf()).param("mode", "changes"))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("select count(*) from egil.school_object where source_id = ? and kind = 'PERSON'", Integer.class,
                    source)).isEqualTo(2);
            assertThat(school.queries()).noneMatch(q -> q.contains("meta.modified.after"));

            school.delete("persons", leaves.toString());
            mvc.perform(post("/egil/sources/" + source + "/read").cookie(ale).with(csrf()).param("mode", "changes"))
                    .andExpect(status().is3xxRedirection());
            assertThat(school.queries()).anyMatch(q -> q.startsWith("persons") && q.contains("meta.modified.after"))
                    .anyMatch(q -> q.startsWith("deletedEntities"));
            assertThat(jdbc.queryForList("select id from egil.school_object where source_id = ? and kind = 'PERSON'", java.util.UUID.class,
                    source)).containsExactly(stays);
            mvc.perform(get("/egil/sources/" + source).cookie(ale)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("objekt lästa, 1 borttagna, 0 problem.")))
                    .andExpect(content().string(containsString("Av ale")));
            assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'egil.ss12000' and action = 'PERSONAL_DATA_CHANGED' and actor = ?",
                    Integer.class, "ale")).isPositive();

            // the connection is edited on the source's page: a blank client id is refused at the field
            mvc.perform(post("/egil/sources/" + source + "/connection").cookie(ale).with(csrf()).param("baseUrl", school.baseUrl())
                            .param("tokenUrl", school.tokenUrl()).param("clientId", ""))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"clientId-error\"")));
            // a wrong secret: the test says why, and a read changes nothing
            mvc.perform(post("/egil/sources/" + source + "/connection").cookie(ale).with(csrf()).param("baseUrl", school.baseUrl())
                            .param("tokenUrl", school.tokenUrl()).param("clientId", "egil").param("clientSecret", "fel"))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post("/egil/sources/" + source + "/test").cookie(ale).with(csrf())).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("HTTP 401")));
            mvc.perform(post("/egil/sources/" + source + "/read").cookie(ale).with(csrf()).param("mode", "full"))
                    .andExpect(status().is3xxRedirection()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                            .flash().attribute("errorDetail", org.hamcrest.Matchers.containsString("HTTP 401")));
            assertThat(jdbc.queryForObject("select count(*) from egil.school_object where source_id = ?", Integer.class, source)).isEqualTo(2);
            jdbc.update("delete from egil.source where id = ?", source);
        }
    }
}
