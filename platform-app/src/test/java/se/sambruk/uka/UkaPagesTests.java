package se.sambruk.uka;

import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The UKA caseworker's pages on Borlänge's demo data, end to end, and another municipality kept out. */
class UkaPagesTests extends PlatformTest {

    static final String HEDEMORA_CASEWORKER = "uka.test.hedemora";

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    /** A UKA caseworker of Hedemora, another municipality that uses UKA. */
    Cookie hedemora() throws Exception {
        synchronized (UkaPagesTests.class) {
            if (!users.existsByUsernameIgnoreCase(HEDEMORA_CASEWORKER)) {
                accounts.createUser(HEDEMORA_CASEWORKER, "Hanna Handläggare", null, organisationId("Hedemora"),
                        Set.of(UkaModule.UKA_CASEWORKER), DEMO_PASSWORD);
            }
        }
        return login(HEDEMORA_CASEWORKER);
    }

    long borlangePerson() {
        return jdbc.queryForObject("select min(id) from uka.young_person where organisation_id = ?", Long.class, organisationId("Borlänge"));
    }

    @Test
    void theCaseworkerSeesTheOverviewAddsAPersonLogsAContactAndEndsCoverage() throws Exception {
        Cookie bo = login("borlange");
        mvc.perform(get("/uka").cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mina ungdomar")))
                .andExpect(content().string(containsString("Uppföljningar att göra")))
                .andExpect(content().string(containsString("-****")));
        for (String page : new String[] {"/uka/team", "/uka/koder", "/uka/personer", "/uka/personer?alla=true&q=Demo", "/uka/personer/ny"}) {
            mvc.perform(get(page).cookie(bo)).andExpect(status().isOk());
        }
        // the register lists masked numbers only
        String list = mvc.perform(get("/uka/personer").cookie(bo)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).containsPattern("\\d{8}-\\*\\*\\*\\*").doesNotContainPattern("\\d{8}-\\d{4}");

        // a wrong check digit, and an empty name: 400 with the messages, nothing saved
        long before = jdbc.queryForObject("select count(*) from uka.young_person", Long.class);
        mvc.perform(post("/uka/personer").cookie(bo).with(csrf()).param("personnummer", "20080510-1236").param("name", "")
                        .param("programme", "NONE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Personnumret stämmer inte")))
                .andExpect(content().string(containsString("Fyll i fältet")));
        assertThat(jdbc.queryForObject("select count(*) from uka.young_person", Long.class)).isEqualTo(before);

        // a valid one is added and covered from today
        java.util.Random random = new java.util.Random();
        String pnr = LocalDate.now().minusYears(17).minusDays(random.nextInt(300)).toString().replace("-", "");
        String number = pnr + String.format("%03d", random.nextInt(1000));
        number = number + check(number);
        String location = mvc.perform(post("/uka/personer").cookie(bo).with(csrf()).param("personnummer", number)
                        .param("name", "Testa Testsson").param("registeredHere", "true").param("compulsorySchoolDone", "true")
                        .param("programme", "NONE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select covered from uka.young_person where id = ?", Boolean.class, id)).isTrue();
        mvc.perform(post("/uka/personer").cookie(bo).with(csrf()).param("personnummer", number).param("name", "Igen").param("programme", "NONE"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("finns redan")));

        // the person's page is audited and shows the whole number
        long audited = jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'uka.person' and target_id = ?", Long.class,
                String.valueOf(id));
        mvc.perform(get("/uka/personer/" + id).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Testa Testsson")))
                .andExpect(content().string(containsString(number.substring(0, 8) + "-" + number.substring(8))))
                .andExpect(content().string(containsString("Vårdnadshavare")));
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'uka.person' and target_id = ?", Long.class,
                String.valueOf(id))).isGreaterThan(audited);

        // contact log: an unknown way is refused inline, a good one is saved
        mvc.perform(post("/uka/personer/" + id + "/kontakter").cookie(bo).with(csrf()).param("date", LocalDate.now().toString()).param("way", "BREVDUVA"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Välj ett av alternativen")));
        mvc.perform(post("/uka/personer/" + id + "/kontakter").cookie(bo).with(csrf()).param("date", "inte-ett-datum").param("way", "TELEFON"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/uka/personer/" + id + "/kontakter").cookie(bo).with(csrf()).param("date", LocalDate.now().toString())
                        .param("way", "TELEFON").param("reached", "true").param("outcome", "Vill börja på komvux."))
                .andExpect(status().is3xxRedirection());
        // an action that ends before it starts is refused; a good one saved
        mvc.perform(post("/uka/personer/" + id + "/atgarder").cookie(bo).with(csrf()).param("category", "PRAKTIK")
                        .param("start", "2026-10-01").param("end", "2026-09-01").param("endReason", "AVBRUTEN").param("responsible", "Bo"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("före startdatum")));
        mvc.perform(post("/uka/personer/" + id + "/atgarder").cookie(bo).with(csrf()).param("category", "PRAKTIK")
                        .param("start", "2026-10-01").param("responsible", "Bo"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/uka/personer/" + id + "/plan").cookie(bo).with(csrf()).param("goal", "Börja på komvux i januari."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/uka/personer/" + id + "/uppfoljningar").cookie(bo).with(csrf()).param("due", LocalDate.now().toString())
                        .param("note", "Ring"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/uka/personer/" + id + "/tilldela").cookie(bo).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/uka").cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("Testa Testsson")));
        mvc.perform(get("/uka/personer/" + id).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vill börja på komvux.")))
                .andExpect(content().string(containsString("komvux i januari."))) // in the textarea, where the field writes å ä ö as entities
                .andExpect(content().string(containsString("Praktik")));

        // ending coverage with a reason
        mvc.perform(post("/uka/personer/" + id + "/avsluta").cookie(bo).with(csrf()).param("endedOn", LocalDate.now().toString()).param("reason", "FLYTTAT"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select covered from uka.young_person where id = ?", Boolean.class, id)).isFalse();
        assertThat(jdbc.queryForObject("select end_reason from uka.coverage_period where person_id = ?", String.class, id)).isEqualTo("FLYTTAT");
        mvc.perform(post("/uka/personer/" + id + "/avsluta").cookie(bo).with(csrf()).param("endedOn", LocalDate.now().toString()).param("reason", "FLYTTAT"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("omfattas inte just nu")));
    }

    @Test
    void anotherMunicipalitysCaseworkerGetsNotFoundAndUsersWithoutTheRoleAreKeptOut() throws Exception {
        long person = borlangePerson();
        String name = jdbc.queryForObject("select name from uka.young_person where id = ?", String.class, person);
        Cookie hedemora = hedemora();
        mvc.perform(get("/uka").cookie(hedemora)).andExpect(status().isOk()).andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/uka/personer/" + person).cookie(hedemora)).andExpect(status().isNotFound());
        mvc.perform(get("/uka/personer?alla=true&q=" + name.split(" ")[0]).cookie(hedemora)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        long contacts = jdbc.queryForObject("select count(*) from uka.contact where person_id = ?", Long.class, person);
        mvc.perform(post("/uka/personer/" + person + "/kontakter").cookie(hedemora).with(csrf()).param("date", LocalDate.now().toString())
                .param("way", "TELEFON")).andExpect(status().isNotFound());
        mvc.perform(post("/uka/personer/" + person + "/avsluta").cookie(hedemora).with(csrf()).param("endedOn", LocalDate.now().toString())
                .param("reason", "FLYTTAT")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from uka.contact where person_id = ?", Long.class, person)).isEqualTo(contacts);
        // Ale does not use UKA
        int ale = mvc.perform(get("/uka/personer/" + person).cookie(login("ale"))).andReturn().getResponse().getStatus();
        assertThat(ale).isIn(403, 404);
        int anonymous = mvc.perform(get("/uka/personer/" + person)).andReturn().getResponse().getStatus();
        assertThat(anonymous).isIn(302, 401);
    }

    @Test
    void aMalformedImportFileGetsErrorsPerRowAndImportsNothingAGoodOneImportsAll() throws Exception {
        Cookie bo = login("borlange");
        mvc.perform(get("/uka/import").cookie(bo)).andExpect(status().isOk());
        java.util.Random random = new java.util.Random();
        String a = LocalDate.now().minusYears(18).minusDays(random.nextInt(300)).toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        a = a + check(a);
        String b = LocalDate.now().minusYears(19).minusDays(random.nextInt(300)).toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        b = b + check(b);
        long before = jdbc.queryForObject("select count(*) from uka.young_person", Long.class);
        String bad = "personnummer;namn;program\n" + a + ";Importerad Ett;inget\n" + "19990101-0001;Fel Nummer;inget\n" + b + ";;inget\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/uka/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "elever.csv", "text/csv", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .cookie(bo).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Rad 3, personnummer")))
                .andExpect(content().string(containsString("Rad 4, namn: saknas")));
        assertThat(jdbc.queryForObject("select count(*) from uka.young_person", Long.class)).isEqualTo(before);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/uka/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "elever.csv", "text/csv", "pnr;x\n1;2\n".getBytes()))
                        .cookie(bo).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("personnummer")));
        String good = "personnummer;namn;program\n" + a + ";Importerad Ett;inget\n" + b + ";Importerad Två;klart\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/uka/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "elever.csv", "text/csv", good.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .cookie(bo).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long borlange = organisationId("Borlänge");
        assertThat(jdbc.queryForObject("select covered from uka.young_person where organisation_id = ? and personnummer = ?", Boolean.class, borlange, a)).isTrue();
        assertThat(jdbc.queryForObject("select covered from uka.young_person where organisation_id = ? and personnummer = ?", Boolean.class, borlange, b)).isFalse();
        // the next file says the first one started a national programme: coverage ends with that reason
        String next = "personnummer;namn;program\n" + a + ";Importerad Ett;pågår\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/uka/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "elever.csv", "text/csv", next.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .cookie(bo).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select p.end_reason from uka.coverage_period p join uka.young_person y on y.id = p.person_id "
                + "where y.organisation_id = ? and y.personnummer = ?", String.class, borlange, a)).isEqualTo("NATIONELLT_PROGRAM");
    }

    static int check(String eleven) {
        String ten = eleven.substring(2);
        int sum = 0;
        for (int k = 0; k < ten.length(); k++) {
            int d = (ten.charAt(k) - '0') * (k % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
