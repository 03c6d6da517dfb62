package se.sambruk.uka;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;
import se.sambruk.uka.people.Records;
import se.sambruk.uka.people.Register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person's kept {@code last_contact}: it follows every write of a contact (logged, corrected,
 * deleted, written in bulk as an import would), and the overview's lists give the same answers as
 * the max() over the contact log they read before.
 */
class UkaLastContactTests extends PlatformTest {

    @Autowired
    Register register;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    private long newPerson(long org) {
        java.util.Random random = new java.util.Random();
        String eleven = LocalDate.now().minusYears(17).minusDays(random.nextInt(300)).toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        String pnr = eleven + UkaPagesTests.check(eleven);
        return jdbc.queryForObject("insert into uka.young_person (organisation_id, personnummer, name, covered, caseworker) values (?, ?, ?, true, 'borlange') "
                + "on conflict do nothing returning id", Long.class, org, pnr, "Senast Kontaktad " + random.nextInt(100000));
    }

    private LocalDate lastContact(long person) {
        Date d = jdbc.queryForObject("select last_contact from uka.young_person where id = ?", Date.class, person);
        return d == null ? null : d.toLocalDate();
    }

    private long contactId(long person, LocalDate day) {
        return jdbc.queryForObject("select max(id) from uka.contact where person_id = ? and contact_date = ?", Long.class, person, Date.valueOf(day));
    }

    @Test
    void theKeptDayFollowsEveryWriteOfAContact() throws Exception {
        long org = organisationId("Borlänge");
        long person = newPerson(org);
        Cookie bo = login("borlange");
        LocalDate today = LocalDate.now();
        assertThat(lastContact(person)).isNull();

        // logged on the person's page
        mvc.perform(post("/uka/personer/" + person + "/kontakter").cookie(bo).with(csrf()).param("date", today.minusDays(10).toString())
                .param("way", "TELEFON").param("reached", "true")).andExpect(status().is3xxRedirection());
        assertThat(lastContact(person)).isEqualTo(today.minusDays(10));
        // an older contact does not move it back
        mvc.perform(post("/uka/personer/" + person + "/kontakter").cookie(bo).with(csrf()).param("date", today.minusDays(40).toString())
                .param("way", "SMS")).andExpect(status().is3xxRedirection());
        assertThat(lastContact(person)).isEqualTo(today.minusDays(10));

        // corrected on its own page: the page is audited, a future date is refused inline and nothing changes
        long newest = contactId(person, today.minusDays(10));
        long audited = jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'uka.contact' and target_id = ?", Long.class,
                String.valueOf(person));
        mvc.perform(get("/uka/personer/" + person + "/kontakter/" + newest).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ändra en kontakt med")));
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'uka.contact' and target_id = ? "
                + "and action = 'PERSONAL_DATA_READ'", Long.class, String.valueOf(person))).isGreaterThan(0);
        mvc.perform(post("/uka/personer/" + person + "/kontakter/" + newest).cookie(bo).with(csrf()).param("date", today.plusDays(3).toString())
                .param("way", "TELEFON")).andExpect(status().isBadRequest()).andExpect(content().string(containsString("error-summary")));
        mvc.perform(post("/uka/personer/" + person + "/kontakter/" + newest).cookie(bo).with(csrf()).param("date", today.minusDays(5).toString())
                .param("way", "BREVDUVA")).andExpect(status().isBadRequest()).andExpect(content().string(containsString("Välj ett av alternativen")));
        assertThat(lastContact(person)).isEqualTo(today.minusDays(10));
        // moved later, then earlier than the other one: the kept day follows both ways
        mvc.perform(post("/uka/personer/" + person + "/kontakter/" + newest).cookie(bo).with(csrf()).param("date", today.minusDays(2).toString())
                .param("way", "TELEFON").param("reached", "true").param("outcome", "Rättad")).andExpect(status().is3xxRedirection());
        assertThat(lastContact(person)).isEqualTo(today.minusDays(2));
        assertThat(register.contact(org, person, newest)).map(Records.Contact::outcome).contains("Rättad");
        mvc.perform(post("/uka/personer/" + person + "/kontakter/" + newest).cookie(bo).with(csrf()).param("date", today.minusDays(60).toString())
                .param("way", "TELEFON")).andExpect(status().is3xxRedirection());
        assertThat(lastContact(person)).isEqualTo(today.minusDays(40));
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'uka.contact' and target_id = ?", Long.class,
                String.valueOf(person))).isGreaterThan(audited + 2);

        // deleted: the one before takes its place; none left: no day
        long older = contactId(person, today.minusDays(40));
        mvc.perform(post("/uka/personer/" + person + "/kontakter/" + older + "/ta-bort").cookie(bo).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(lastContact(person)).isEqualTo(today.minusDays(60));
        mvc.perform(post("/uka/personer/" + person + "/kontakter/" + newest + "/ta-bort").cookie(bo).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(lastContact(person)).isNull();
        mvc.perform(post("/uka/personer/" + person + "/kontakter/" + newest + "/ta-bort").cookie(bo).with(csrf())).andExpect(status().isNotFound());

        // written in bulk, as an import of contacts would: the newest of each person
        long other = newPerson(org);
        jdbc.update("insert into uka.contact (organisation_id, person_id, contact_date, way, by_whom, reached) values "
                + "(?, ?, ?, 'TELEFON', 'import', false), (?, ?, ?, 'TELEFON', 'import', false), (?, ?, ?, 'SMS', 'import', true)",
                org, person, Date.valueOf(today.minusDays(7)), org, other, Date.valueOf(today.minusDays(3)), org, other, Date.valueOf(today.minusDays(9)));
        assertThat(lastContact(person)).isEqualTo(today.minusDays(7));
        assertThat(lastContact(other)).isEqualTo(today.minusDays(3));
        // a rolled-back contact leaves no trace on the person
        try {
            new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
                register.addContact(org, other, today, "TELEFON", "borlange", true, null);
                tx.setRollbackOnly();
            });
        } finally {
            assertThat(lastContact(other)).isEqualTo(today.minusDays(3));
        }
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void anotherMunicipalityCannotReachAContactToCorrectIt() throws Exception {
        long org = organisationId("Borlänge");
        long person = newPerson(org);
        register.addContact(org, person, LocalDate.now().minusDays(1), "TELEFON", "borlange", true, "Hemligt utfall");
        long contact = contactId(person, LocalDate.now().minusDays(1));
        String hedemoraUser = UkaPagesTests.HEDEMORA_CASEWORKER;
        synchronized (UkaPagesTests.class) {
            if (!users.existsByUsernameIgnoreCase(hedemoraUser)) {
                accounts.createUser(hedemoraUser, "Hanna Handläggare", null, organisationId("Hedemora"), Set.of(UkaModule.UKA_CASEWORKER), DEMO_PASSWORD);
            }
        }
        Cookie hedemora = login(hedemoraUser);
        mvc.perform(get("/uka/personer/" + person + "/kontakter/" + contact).cookie(hedemora)).andExpect(status().isNotFound());
        mvc.perform(post("/uka/personer/" + person + "/kontakter/" + contact).cookie(hedemora).with(csrf())
                .param("date", LocalDate.now().toString()).param("way", "TELEFON")).andExpect(status().isNotFound());
        mvc.perform(post("/uka/personer/" + person + "/kontakter/" + contact + "/ta-bort").cookie(hedemora).with(csrf())).andExpect(status().isNotFound());
        // nor through another of Borlänge's people
        Cookie bo = login("borlange");
        long someoneElse = newPerson(org);
        mvc.perform(get("/uka/personer/" + someoneElse + "/kontakter/" + contact).cookie(bo)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select outcome from uka.contact where id = ?", String.class, contact)).isEqualTo("Hemligt utfall");
        assertThat(lastContact(person)).isEqualTo(LocalDate.now().minusDays(1));
    }

    @Test
    void theOverviewsListsAnswerAsTheMaxOverTheContactLogDid() {
        long org = organisationId("Borlänge");
        // everyone's kept day is the newest of their contacts (demo data, the other tests' writes)
        assertThat(jdbc.queryForObject("select count(*) from uka.young_person p where p.last_contact is distinct from "
                + "(select max(c.contact_date) from uka.contact c where c.organisation_id = p.organisation_id and c.person_id = p.id)", Long.class)).isZero();
        LocalDate today = LocalDate.now();
        for (int days : new int[] {1, 7, 30, 365}) {
            for (String caseworker : new String[] {"borlange", null}) {
                List<Long> before = jdbc.queryForList("select p.id from uka.young_person p left join (select person_id, max(contact_date) as last_contact "
                        + "from uka.contact where organisation_id = ? group by person_id) c on c.person_id = p.id where p.organisation_id = ? and p.covered "
                        + "and (cast(? as varchar) is null or p.caseworker = ?) and (c.last_contact is null or c.last_contact < ?) "
                        + "order by c.last_contact nulls first, p.name limit 200", Long.class, org, org, caseworker, caseworker, Date.valueOf(today.minusDays(days)));
                List<Long> now = register.noContactSince(org, caseworker, today.minusDays(days), 200).stream().map(Records.ListRow::id).toList();
                assertThat(now).as("no contact for %d days, caseworker %s", days, caseworker).isEqualTo(before);
            }
        }
        assertThat(register.noContactSince(org, "borlange", today.minusDays(30), 200)).isNotEmpty();
        // the other lists show the same last contact as the log
        for (Records.ListRow row : register.caseload(org, "borlange", 200)) {
            assertThat(row.lastContact()).isEqualTo(jdbc.queryForObject("select max(contact_date) from uka.contact where person_id = ?", LocalDate.class, row.id()));
        }
        for (Records.ListRow row : register.followUpsDue(org, null, today, 200)) {
            assertThat(row.lastContact()).isEqualTo(jdbc.queryForObject("select max(contact_date) from uka.contact where person_id = ?", LocalDate.class, row.id()));
        }
    }
}
