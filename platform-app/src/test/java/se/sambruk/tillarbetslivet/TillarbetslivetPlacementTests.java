package se.sambruk.tillarbetslivet;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A prao period end to end: the school's period, a pupil placed, a schedule refused by the time
 * rules for minors and then saved, attendance, the workplace's evaluation, the certificate as PDF
 * (audited), and another municipality's period and placement answering 404 by id.
 */
class TillarbetslivetPlacementTests extends PlatformTest {

    static final String GOOD_WEEK = """
            2027-03-08 08:00–15:00
            2027-03-09 08:00–15:00
            2027-03-10 08:00-15:00
            2027-03-11 8.00-14.30
            2027-03-12 08:00–12:00
            """;

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    Cookie coordinator(String username, String organisation) throws Exception {
        synchronized (TillarbetslivetPlacementTests.class) {
            if (!users.existsByUsernameIgnoreCase(username)) {
                accounts.createUser(username, "Samordnare " + username, username + "@test.sambruk.se", organisationId(organisation),
                        Set.of(Tillarbetslivet.COORDINATOR), DEMO_PASSWORD);
            }
        }
        return login(username);
    }

    long idFrom(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long addPlace(Cookie user, String code) throws Exception {
        return idFrom(mvc.perform(post("/tillarbetslivet/places").cookie(user).with(csrf())
                        .param("code", code).param("workplace", "Verkstad " + code).param("trade", "Fordon").param("address", "Gatan 2")
                        .param("seats", "1").param("startsOn", "2027-03-08").param("endsOn", "2027-03-19")
                        .param("minAge", "14").param("supervisor", "Harald Handledare").param("supervisorEmail", "harald@example.se"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
    }

    void importPupils(Cookie user, String csv) throws Exception {
        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(new MockMultipartFile("file", "klass.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).cookie(user).with(csrf())).andExpect(status().is3xxRedirection());
    }

    long addPeriod(Cookie user, long school, String kind, String name) throws Exception {
        return idFrom(mvc.perform(post("/tillarbetslivet/periods").cookie(user).with(csrf()).param("schoolId", String.valueOf(school))
                        .param("kind", kind).param("name", name).param("startsOn", "2027-03-08").param("endsOn", "2027-03-19"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
    }

    @Test
    void aPraoPeriodFromPlacementToCertificate() throws Exception {
        Cookie mjolby = coordinator("tal.mjolby", "Mjölby");
        long org = organisationId("Mjölby");
        long place = addPlace(mjolby, "M1");
        importPupils(mjolby, """
                skola;klass;namn;årskurs;val1
                Mjölbyskolan;8A;Alva Prao;8;M1
                Mjölbyskolan;8A;Bo Tvåa;8;M1
                Mjölby gymnasium;TE1;Gun Gymnasiet;11;
                """);
        long school = jdbc.queryForObject("select id from tillarbetslivet.school where organisation_id = ? and name = 'Mjölbyskolan'", Long.class, org);
        long gymnasium = jdbc.queryForObject("select id from tillarbetslivet.school where organisation_id = ? and name = 'Mjölby gymnasium'",
                Long.class, org);
        long alva = pupil(org, "Alva Prao");
        long bo = pupil(org, "Bo Tvåa");
        long gun = pupil(org, "Gun Gymnasiet");

        // a period with bad input: 400 with the errors by the fields, nothing saved
        mvc.perform(post("/tillarbetslivet/periods").cookie(mjolby).with(csrf()).param("schoolId", "999999").param("kind", "PRAO")
                        .param("name", " ").param("startsOn", "2027-03-19").param("endsOn", "2027-03-08"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("field-error")))
                .andExpect(content().string(containsString("Välj en av kommunens skolor")))
                .andExpect(content().string(containsString("Sista dagen kan inte vara före första dagen")));
        mvc.perform(post("/tillarbetslivet/periods").cookie(mjolby).with(csrf()).param("schoolId", String.valueOf(school)).param("kind", "VACATION")
                        .param("name", "X").param("startsOn", "2027-03-08").param("endsOn", "2027-03-19"))
                .andExpect(status().isBadRequest());
        assertThat(count("tillarbetslivet.period", org)).isZero();
        long prao = addPeriod(mjolby, school, "PRAO", "Prao vecka 10–11");
        long apl = addPeriod(mjolby, gymnasium, "APL", "APL vår");
        mvc.perform(get("/tillarbetslivet/periods").cookie(mjolby)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Prao vecka 10–11"))).andExpect(content().string(containsString("APL vår")));

        // placing: the period must be the pupil's school's and suit the year; the place's seats are counted
        mvc.perform(get("/tillarbetslivet/pupils/" + alva).cookie(mjolby)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Prao vecka 10–11"))).andExpect(content().string(not(containsString("APL vår"))));
        mvc.perform(post("/tillarbetslivet/pupils/" + alva + "/placements").cookie(mjolby).with(csrf())
                        .param("periodId", String.valueOf(apl)).param("placeId", String.valueOf(place)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Välj en av elevens skolas perioder")));
        mvc.perform(post("/tillarbetslivet/pupils/" + alva + "/placements").cookie(mjolby).with(csrf()).param("periodId", String.valueOf(prao)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Fyll i fältet")));
        long placement = idFrom(mvc.perform(post("/tillarbetslivet/pupils/" + alva + "/placements").cookie(mjolby).with(csrf())
                        .param("periodId", String.valueOf(prao)).param("placeId", String.valueOf(place)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(post("/tillarbetslivet/pupils/" + bo + "/placements").cookie(mjolby).with(csrf())
                        .param("periodId", String.valueOf(prao)).param("placeId", String.valueOf(place)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Platsen har inga platser kvar")));
        mvc.perform(post("/tillarbetslivet/pupils/" + gun + "/placements").cookie(mjolby).with(csrf())
                        .param("periodId", String.valueOf(apl)).param("placeId", String.valueOf(place)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Platsen har inga platser kvar")));
        assertThat(count("tillarbetslivet.placement", org)).isEqualTo(1);
        mvc.perform(get("/tillarbetslivet/periods/" + prao).cookie(mjolby)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Alva Prao")));

        // the placement's page suggests the period's weekdays; a schedule that breaks the time rules is refused, citing the rule
        mvc.perform(get("/tillarbetslivet/placements/" + placement).cookie(mjolby)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2027-03-08 08:00"))) // in the textarea, which writes the dash as an entity
                .andExpect(content().string(containsString("2027-03-12 08:00")))
                .andExpect(content().string(not(containsString("2027-03-13 08:00"))))
                .andExpect(content().string(containsString("Harald Handledare")));
        assertThat(audited("tillarbetslivet.placement", placement)).isPositive();
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/schedule").cookie(mjolby).with(csrf())
                        .param("schedule", "2027-03-13 08:00–15:00\n2027-03-15 06:30–15:00\n2027-03-16 08:00–16:00\n2027-03-17 ett till tre\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Rad 4: skriv dagen som 2027-03-08 08:00–15:00.")));
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/schedule").cookie(mjolby).with(csrf())
                        .param("schedule", "2027-03-13 08:00–15:00\n2027-03-15 06:30–15:00\n2027-03-16 08:00–16:00\n2027-03-22 08:00–15:00\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("2027-03-13 är en lördag: prao görs bara på vardagar (AFS 2012:3")))
                .andExpect(content().string(containsString("ligger utanför kl. 07–20")))
                .andExpect(content().string(containsString("2027-03-16 har 8 timmar, mer än 7")))
                .andExpect(content().string(containsString("2027-03-22 ligger utanför perioden")));
        assertThat(count("tillarbetslivet.schedule_day", org)).isZero();
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/schedule").cookie(mjolby).with(csrf()).param("schedule", GOOD_WEEK))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "tal.schedule.saved"));
        assertThat(count("tillarbetslivet.schedule_day", org)).isEqualTo(5);

        // attendance per day: only scheduled days; day and status in pairs
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/attendance").cookie(mjolby).with(csrf())
                        .param("day", "2027-03-08", "2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12")
                        .param("status", "PRESENT", "PRESENT", "ABSENT_REPORTED", "PRESENT", "PRESENT"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "tal.attendance.saved"));
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/attendance").cookie(mjolby).with(csrf())
                        .param("day", "2027-03-15").param("status", "ABSENT"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", "tal.attendance.notScheduled"));
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/attendance").cookie(mjolby).with(csrf())
                .param("day", "2027-03-08").param("status", "PRESENT", "ABSENT")).andExpect(status().isBadRequest());
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/attendance").cookie(mjolby).with(csrf())
                .param("day", "2027-03-08").param("status", "MAYBE")).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.schedule_day where organisation_id = ? and attendance = 'PRESENT'",
                Integer.class, org)).isEqualTo(4);
        // changing the schedule keeps the attendance of the days that stay
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/schedule").cookie(mjolby).with(csrf())
                        .param("schedule", GOOD_WEEK.replace("2027-03-12 08:00–12:00", "2027-03-15 08:00–12:00")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.schedule_day where organisation_id = ? and attendance = 'PRESENT'",
                Integer.class, org)).isEqualTo(3);

        // the workplace's evaluation
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/evaluation").cookie(mjolby).with(csrf()).param("interest", "9")
                        .param("comment", "Bra"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("punctuality-error")))
                .andExpect(content().string(containsString("interest-error")));
        assertThat(count("tillarbetslivet.evaluation", org)).isZero();
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/evaluation").cookie(mjolby).with(csrf()).param("punctuality", "ALWAYS")
                        .param("interest", "5").param("comment", "Alva var nyfiken och hjälpsam."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "tal.evaluation.saved"));
        mvc.perform(get("/tillarbetslivet/placements/" + placement).cookie(mjolby)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Närvarande 3 av 5 dagar, 20,5 timmar.")))
                .andExpect(content().string(containsString("Alva var nyfiken och hj"))); // the textarea writes ä as an entity

        // the certificate: a PDF, its download audited
        int before = jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'tillarbetslivet.placement' and detail like ?",
                Integer.class, "certificate of placement " + placement + "%");
        byte[] pdf = mvc.perform(get("/tillarbetslivet/placements/" + placement + "/intyg.pdf").cookie(mjolby))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("intyg-prao-" + placement + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'tillarbetslivet.placement' and detail like ?",
                Integer.class, "certificate of placement " + placement + "%")).isEqualTo(before + 1);

        // another municipality: every id answers 404 and nothing changes
        Cookie ydre = coordinator("tal.ydre", "Ydre");
        mvc.perform(get("/tillarbetslivet/placements/" + placement).cookie(ydre)).andExpect(status().isNotFound());
        mvc.perform(get("/tillarbetslivet/placements/" + placement + "/intyg.pdf").cookie(ydre)).andExpect(status().isNotFound());
        mvc.perform(get("/tillarbetslivet/periods/" + prao).cookie(ydre)).andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/schedule").cookie(ydre).with(csrf()).param("schedule", "2027-03-08 08:00–09:00"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/evaluation").cookie(ydre).with(csrf()).param("punctuality", "SELDOM")
                .param("interest", "1")).andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/attendance").cookie(ydre).with(csrf())
                .param("day", "2027-03-08").param("status", "ABSENT")).andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/pupils/" + bo + "/placements").cookie(ydre).with(csrf())
                .param("periodId", String.valueOf(prao)).param("placeId", String.valueOf(place))).andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/periods").cookie(ydre).with(csrf()).param("schoolId", String.valueOf(school)).param("kind", "PRAO")
                        .param("name", "Intrång").param("startsOn", "2027-03-08").param("endsOn", "2027-03-19"))
                .andExpect(status().isBadRequest());
        assertThat(count("tillarbetslivet.schedule_day", org)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select punctuality from tillarbetslivet.evaluation where placement_id = ?", String.class, placement))
                .isEqualTo("ALWAYS");
        assertThat(jdbc.queryForObject("select count(*) from tillarbetslivet.period where name = 'Intrång'", Integer.class)).isZero();
    }

    @Test
    void theGuardiansGetThePlacementOnceWithPlaceTimesSupervisorAndRiskAssessment() throws Exception {
        Cookie norrkoping = coordinator("tal.norrkoping", "Norrköping");
        long org = organisationId("Norrköping");
        long place = addPlace(norrkoping, "N1");
        mvc.perform(multipart("/tillarbetslivet/pupils/import").file(new MockMultipartFile("file", "klass.csv", "text/csv", """
                        skola;klass;namn;årskurs;val1;vårdnadshavare
                        Norrskolan;9A;Nils Nio;9;N1;inte-en-adress
                        """.getBytes(StandardCharsets.UTF_8))).cookie(norrkoping).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Rad 2, vårdnadshavare")));
        importPupils(norrkoping, """
                skola;klass;namn;årskurs;val1;vårdnadshavare
                Norrskolan;9A;Nils Nio;9;N1;mamma@example.se, Pappa@Example.se
                """);
        long school = jdbc.queryForObject("select id from tillarbetslivet.school where organisation_id = ?", Long.class, org);
        long nils = pupil(org, "Nils Nio");
        long period = addPeriod(norrkoping, school, "PRAO", "Prao v. 10");
        long placement = idFrom(mvc.perform(post("/tillarbetslivet/pupils/" + nils + "/placements").cookie(norrkoping).with(csrf())
                        .param("periodId", String.valueOf(period)).param("placeId", String.valueOf(place)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());

        // the choices by hand: known places, each once; empty choices skipped
        long second = addPlace(norrkoping, "N2");
        mvc.perform(post("/tillarbetslivet/pupils/" + nils + "/choices").cookie(norrkoping).with(csrf())
                        .param("val1", String.valueOf(second)).param("val2", String.valueOf(second)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Platsen är redan vald")));
        mvc.perform(post("/tillarbetslivet/pupils/" + nils + "/choices").cookie(norrkoping).with(csrf()).param("val1", "999999999"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("val1-error")));
        mvc.perform(post("/tillarbetslivet/pupils/" + nils + "/choices").cookie(norrkoping).with(csrf()).param("val1", "tre"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForList("select place_id from tillarbetslivet.choice where pupil_id = ? order by rank", Long.class, nils))
                .containsExactly(place);
        mvc.perform(post("/tillarbetslivet/pupils/" + nils + "/choices").cookie(norrkoping).with(csrf())
                        .param("val1", "").param("val2", String.valueOf(second)).param("val3", String.valueOf(place)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select place_id from tillarbetslivet.choice where pupil_id = ? order by rank", Long.class, nils))
                .containsExactly(second, place);

        // the guardians' addresses by hand: checked, at most three
        mvc.perform(post("/tillarbetslivet/pupils/" + nils + "/guardians").cookie(norrkoping).with(csrf()).param("emails", "mamma@example.se\nx@"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Skriv giltiga e-postadresser")));
        mvc.perform(post("/tillarbetslivet/pupils/" + nils + "/guardians").cookie(norrkoping).with(csrf())
                .param("emails", "a@example.se b@example.se c@example.se d@example.se"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Högst tre adresser")));
        assertThat(jdbc.queryForObject("select guardian_emails from tillarbetslivet.pupil where id = ?", String.class, nils))
                .isEqualTo("mamma@example.se\npappa@example.se");

        // publishing needs a schedule and the employer's risk assessment
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/publish").cookie(norrkoping).with(csrf()))
                .andExpect(flash().attribute("error", "tal.guardians.noSchedule"));
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/schedule").cookie(norrkoping).with(csrf()).param("schedule", GOOD_WEEK))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/publish").cookie(norrkoping).with(csrf()))
                .andExpect(flash().attribute("error", "tal.guardians.noRiskAssessment"));
        mvc.perform(post("/tillarbetslivet/places/" + place + "/risk").cookie(norrkoping).with(csrf()).param("riskAssessment", "x".repeat(4001)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Högst 4 000 tecken")));
        mvc.perform(post("/tillarbetslivet/places/" + place + "/risk").cookie(norrkoping).with(csrf())
                .param("riskAssessment", "Inga lyft över 10 kg. Skyddsskor lånas ut.")).andExpect(status().is3xxRedirection());
        assertThat(mailsTo("mamma@example.se")).isZero();

        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/publish").cookie(norrkoping).with(csrf()))
                .andExpect(flash().attribute("done", "tal.guardians.sent"));
        assertThat(mailsTo("mamma@example.se")).isEqualTo(1);
        assertThat(mailsTo("pappa@example.se")).isEqualTo(1);
        String body = jdbc.queryForObject("select body from core.outgoing_mail where recipient = 'pappa@example.se'", String.class);
        assertThat(body).contains("Nils Nio ska vara på Verkstad N1 (Fordon), Gatan 2, under Prao v. 10")
                .contains("2027-03-11 08:00–14:30").contains("Handledare: Harald Handledare, harald@example.se")
                .contains("Inga lyft över 10 kg. Skyddsskor lånas ut.").contains("Norrskolan");
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/publish").cookie(norrkoping).with(csrf()))
                .andExpect(flash().attribute("error", "tal.guardians.alreadySent"));
        assertThat(mailsTo("mamma@example.se")).isEqualTo(1);
        mvc.perform(get("/tillarbetslivet/pupils/" + nils).cookie(norrkoping)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Skickad till vårdnadshavarna")))
                .andExpect(content().string(containsString("mamma@example.se, pappa@example.se")));

        Cookie ydre = coordinator("tal.ydre2", "Ydre");
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/publish").cookie(ydre).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/pupils/" + nils + "/guardians").cookie(ydre).with(csrf()).param("emails", "x@example.se"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/places/" + place + "/risk").cookie(ydre).with(csrf()).param("riskAssessment", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tillarbetslivet/pupils/" + nils + "/choices").cookie(ydre).with(csrf()).param("val1", String.valueOf(place)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDateOfBirthSetByHandDecidesWhetherTheMinorsRulesApplyToAnAplSchedule() throws Exception {
        Cookie sandviken = coordinator("tal.sandviken", "Sandviken");
        long org = organisationId("Sandviken");
        long place = addPlace(sandviken, "SV1");
        importPupils(sandviken, """
                skola;klass;namn;årskurs
                Sandvikens gymnasium;EL2;Ella Elev;11
                """);
        long gymnasium = jdbc.queryForObject("select id from tillarbetslivet.school where organisation_id = ? and name = 'Sandvikens gymnasium'",
                Long.class, org);
        long ella = pupil(org, "Ella Elev");
        long apl = addPeriod(sandviken, gymnasium, "APL", "APL vecka 10");
        long placement = idFrom(mvc.perform(post("/tillarbetslivet/pupils/" + ella + "/placements").cookie(sandviken).with(csrf())
                        .param("periodId", String.valueOf(apl)).param("placeId", String.valueOf(place)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        String nineHours = "2027-03-08 07:00–16:00\n";
        // no date of birth: the limits for minors apply to every day
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/schedule").cookie(sandviken).with(csrf()).param("schedule", nineHours))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("mer än 8")));

        // bad input: the reason at the field, nothing saved
        mvc.perform(post("/tillarbetslivet/pupils/" + ella + "/born").cookie(sandviken).with(csrf()).param("bornOn", "2009-13-01"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("field-error")))
                .andExpect(content().string(containsString("Skriv födelsedatumet som ÅÅÅÅ-MM-DD")));
        mvc.perform(post("/tillarbetslivet/pupils/" + ella + "/born").cookie(sandviken).with(csrf())
                        .param("bornOn", java.time.LocalDate.now().minusYears(2).toString()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("en ålder mellan 5 och 30 år")));
        assertThat(jdbc.queryForObject("select born_on is null from tillarbetslivet.pupil where id = ?", Boolean.class, ella)).isTrue();
        // another municipality's coordinator cannot reach the pupil
        mvc.perform(post("/tillarbetslivet/pupils/" + ella + "/born").cookie(coordinator("tal.mjolby", "Mjölby")).with(csrf())
                        .param("bornOn", "2005-01-01"))
                .andExpect(status().isNotFound());

        // born 2005: an adult on APL in 2027, so the workplace's nine hours are accepted
        mvc.perform(post("/tillarbetslivet/pupils/" + ella + "/born").cookie(sandviken).with(csrf()).param("bornOn", "2005-01-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/tillarbetslivet/pupils/" + ella).cookie(sandviken)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2005-01-01"))).andExpect(content().string(containsString("Födelsedatumet är sparat")));
        assertThat(audited("tillarbetslivet.pupil", ella)).isPositive();
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/schedule").cookie(sandviken).with(csrf()).param("schedule", nineHours))
                .andExpect(status().is3xxRedirection());
        // emptied: the date is removed and the minors' limits are back
        mvc.perform(post("/tillarbetslivet/pupils/" + ella + "/born").cookie(sandviken).with(csrf()).param("bornOn", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select born_on is null from tillarbetslivet.pupil where id = ?", Boolean.class, ella)).isTrue();
        mvc.perform(post("/tillarbetslivet/placements/" + placement + "/schedule").cookie(sandviken).with(csrf()).param("schedule", nineHours))
                .andExpect(status().isBadRequest());
    }

    private int mailsTo(String address) {
        return jdbc.queryForObject("select count(*) from core.outgoing_mail where recipient = ?", Integer.class, address);
    }

    @Test
    void theDemoHasPraoWeeksAndAPlacedPupilWithACertificate() throws Exception {
        Cookie borlange = login("borlange");
        mvc.perform(get("/tillarbetslivet/periods").cookie(borlange)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Prao vecka 10–11")));
        long placement = jdbc.queryForObject("select min(id) from tillarbetslivet.placement where created_by = 'demo'", Long.class);
        mvc.perform(get("/tillarbetslivet/placements/" + placement + "/intyg.pdf").cookie(borlange)).andExpect(status().isOk());
    }

    private long pupil(long org, String name) {
        return jdbc.queryForObject("select id from tillarbetslivet.pupil where organisation_id = ? and name = ?", Long.class, org, name);
    }

    private int count(String table, long org) {
        return jdbc.queryForObject("select count(*) from " + table + " where organisation_id = ?", Integer.class, org);
    }

    private int audited(String type, long id) {
        return jdbc.queryForObject("select count(*) from core.audit_event where target_type = ? and target_id = ?", Integer.class, type,
                String.valueOf(id));
    }
}
