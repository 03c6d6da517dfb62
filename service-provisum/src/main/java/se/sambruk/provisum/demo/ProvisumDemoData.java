package se.sambruk.provisum.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.Municipalities;
import se.sambruk.core.UserRoleGrants;
import se.sambruk.provisum.ProvisumModule;
import se.sambruk.provisum.rules.CaseType;
import se.sambruk.provisum.rules.Deadlines;

/**
 * The demo of Provisum: Borlänge's överförmyndare office (host for Falun, Gagnef, Ludvika,
 * Smedjebacken and Säter) with made-up principals and guardians; the demo user "borlange" is its
 * caseworker. Erik Provare, a test person of the core's test identity provider, is a guardian with an
 * annual account, an inventory to fill in and a final account to compile; Elin Prövning, another test
 * person, is a principal asked for her consent.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("sambruk.demo.enabled")
class ProvisumDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProvisumDemoData.class);

    private final UserRoleGrants roles;
    private final Municipalities municipalities;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProvisumDemoData(UserRoleGrants roles, Municipalities municipalities, JdbcTemplate jdbc, Clock clock) {
        this.roles = roles;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long borlange = roles.grant("borlange", ProvisumModule.PROVISUM_CASEWORKER).orElse(null);
        if (borlange == null || jdbc.queryForObject("select count(*) from provisum.guardian where office_id = ?", Integer.class, borlange) > 0) {
            return;
        }
        long falun = municipalities.organisationId("2080").orElseThrow();
        long gagnef = municipalities.organisationId("2026").orElseThrow();
        LocalDate today = LocalDate.now(clock);

        long erik = guardian(borlange, "198507099813", "Erik Provare (testperson)", "erik.provare@example.se", today.minusYears(2));
        long karin = guardian(borlange, "196912302780", "Karin Demosdotter", "karin@example.se", today.minusYears(1));
        long nils = guardian(borlange, "197504113882", "Nils Påhittad", null, null);

        long astrid = principal(borlange, "193803152382", "Astrid Exempel");
        long bertil = principal(falun, "194411023486", "Bertil Fiktiv");
        long cecilia = principal(gagnef, "195206184581", "Cecilia Låtsas");
        long david = principal(falun, "200901124685", "David Demo");

        assignment(astrid, erik, "GODMANSKAP", "Bevaka rätt, förvalta egendom", today.minusYears(3));
        long bertilAssignment = assignment(bertil, karin, "FORVALTARSKAP", "Förvalta egendom", today.minusYears(1));
        assignment(cecilia, nils, "GODMANSKAP", "Bevaka rätt, förvalta egendom, sörja för person", today.minusWeeks(3));
        assignment(david, karin, "FORMYNDARE", "Förvalta den underåriges tillgångar", today.minusYears(5));

        int lastYear = today.getYear() - 1;
        long annual = caseFile(borlange, astrid, CaseType.ARSRAKNING, "borlange", Deadlines.annualAccountDue(lastYear), today);
        caseFile(falun, bertil, CaseType.ARSRAKNING, "borlange", Deadlines.annualAccountDue(lastYear).minusMonths(12), today);
        caseFile(gagnef, cecilia, CaseType.FORTECKNING, "borlange", Deadlines.inventoryDue(today.minusWeeks(3)), today);
        caseFile(falun, david, CaseType.ARVODE, "kollega", today, today);
        caseFile(falun, bertil, CaseType.SLUTRAKNING, null, today.minusDays(40), today);

        // Astrid's annual account: cash, a round withdrawal and a transfer to the guardian, one statement missing.
        long account = jdbc.queryForObject("""
                insert into provisum.annual_account (case_id, year, opening_total, income, expenses, closing_total, previous_closing, submitted_on)
                values (?, ?, 84250.00, 162400.00, 151830.50, 94819.50, 84250.00, ?) returning id
                """, Long.class, annual, lastYear, today.minusDays(10));
        jdbc.update("insert into provisum.account (annual_account_id, name, opening, closing, proof_attached) values (?, 'Transaktionskonto', 14250, 24819.50, true)", account);
        jdbc.update("insert into provisum.account (annual_account_id, name, opening, closing, proof_attached) values (?, 'Sparkonto', 70000, 70000, false)", account);
        Object[][] lines = {
                {1, "162400.00", "INCOME", "Pension och bostadstillägg", true},
                {2, "-98400.00", "EXPENSE", "Hyra äldreboende", true},
                {3, "-31250.50", "EXPENSE", "Omsorgsavgift", true},
                {4, "-12000.00", "CASH_WITHDRAWAL", "Kontantuttag bankomat", false},
                {5, "-6180.00", "EXPENSE", "Kläder och hygien", true},
                {6, "-4000.00", "TRANSFER_TO_GUARDIAN", "Överföring till god man", true},
        };
        for (Object[] line : lines) {
            jdbc.update("insert into provisum.transaction (annual_account_id, booked_on, amount, category, text, proof_attached) values (?, ?, ?, ?, ?, ?)",
                    account, LocalDate.of(lastYear, (Integer) line[0], 15), new BigDecimal((String) line[1]), line[2], line[3], line[4]);
        }
        moreForErik(borlange, gagnef, erik, today);
        log.info("Provisum demo: user borlange is caseworker at Borlänge's överförmyndare office, with demo principals in Borlänge, Falun and Gagnef");
    }

    /**
     * Erik Provare's e-service beyond the annual account: an inventory to fill in (with the bookkeeping's
     * accounts to fetch), an assignment that ended ten days ago with its final account to compile, and
     * Elin Prövning (a test person, 25) as principal asked for her consent to a sale.
     */
    private void moreForErik(long borlange, long gagnef, long erik, LocalDate today) {
        LocalDate started = today.minusWeeks(3);
        long greta = principal(borlange, "194105123840", "Greta Förteckning");
        assignment(greta, erik, "GODMANSKAP", "Bevaka rätt, förvalta egendom", started);
        caseFile(borlange, greta, CaseType.FORTECKNING, "borlange", Deadlines.inventoryDue(started), today);
        bookAccount(greta, "Pensionskonto", "8327-9, 994 123 456-7", started.getYear(), "18450.00");
        bookAccount(greta, "Sparkonto", "8327-9, 994 765 432-1", started.getYear(), "52000.00");

        LocalDate ended = today.minusDays(10);
        long hugo = principal(gagnef, "195008234915", "Hugo Avslutad");
        long hugoAssignment = assignment(hugo, erik, "GODMANSKAP", "Förvalta egendom", today.minusYears(2));
        jdbc.update("update provisum.assignment set ends_on = ? where id = ?", ended, hugoAssignment);
        long account = bookAccount(hugo, "Transaktionskonto", null, ended.getYear(), "8000.00");
        LocalDate yearStart = LocalDate.of(ended.getYear(), 1, 1);
        Object[][] entries = {{yearStart.plusDays(24), "12400.00", "INCOME", "Pension"}, {yearStart.plusDays(40), "-6200.00", "EXPENSE", "Hyra"},
                {ended.minusDays(5), "-850.00", "EXPENSE", "Apotek"}};
        for (Object[] entry : entries) {
            if (!((LocalDate) entry[0]).isAfter(ended)) {
                jdbc.update("insert into provisum.book_entry (book_account_id, booked_on, amount, category, text) values (?, ?, ?, ?, ?)", account,
                        entry[0], new BigDecimal((String) entry[1]), entry[2], entry[3]);
            }
        }
        caseFile(gagnef, hugo, CaseType.SLUTRAKNING, "borlange", Deadlines.finalAccountDue(ended), today);

        long elin = principal(borlange, "200109309864", "Elin Prövning (testperson)");
        assignment(elin, erik, "GODMANSKAP", "Bevaka rätt, förvalta egendom", today.minusYears(2));
        long consent = caseFile(borlange, elin, CaseType.SAMTYCKE, "borlange", today.plusWeeks(3), today);
        jdbc.update("insert into provisum.consent_request (case_id, question, asked_on, asked_by) values (?, ?, ?, 'borlange')", consent,
                "Får din gode man sälja bostadsrätten på Exempelgatan 1 för 1 450 000 kr, enligt värderingen?", today.minusDays(2));
    }

    private long bookAccount(long principal, String name, String number, int firstYear, String opening) {
        return jdbc.queryForObject("""
                insert into provisum.book_account (principal_id, name, account_number, first_year, opening) values (?, ?, ?, ?, ?) returning id
                """, Long.class, principal, name, number, firstYear, new BigDecimal(opening));
    }

    private long guardian(long office, String personnummer, String name, String email, LocalDate checked) {
        return jdbc.queryForObject("""
                insert into provisum.guardian (office_id, personnummer, name, email, suitability_checked_on, suitability_note)
                values (?, ?, ?, ?, ?, ?) returning id
                """, Long.class, office, personnummer, name, email, checked,
                checked == null ? null : "Belastningsregister och Kronofogden utan anmärkning");
    }

    private long principal(long municipality, String personnummer, String name) {
        return jdbc.queryForObject("insert into provisum.principal (municipality_id, personnummer, name) values (?, ?, ?) returning id",
                Long.class, municipality, personnummer, name);
    }

    private long assignment(long principal, long guardian, String kind, String scope, LocalDate from) {
        return jdbc.queryForObject("""
                insert into provisum.assignment (principal_id, guardian_id, kind, scope, court_decision, starts_on)
                values (?, ?, ?, ?, 'Falu tingsrätt (påhittat beslut)', ?) returning id
                """, Long.class, principal, guardian, kind, scope, from);
    }

    private long caseFile(long municipality, long principal, CaseType type, String caseworker, LocalDate due, LocalDate today) {
        long id = jdbc.queryForObject("""
                insert into provisum.case_file (municipality_id, principal_id, type, caseworker, opened_on, due_on, diary_number)
                values (?, ?, ?, ?, ?, ?, 'PROV-' || nextval('provisum.case_file_id_seq')) returning id
                """, Long.class, municipality, principal, type.name(), caseworker, today.minusDays(30), due);
        jdbc.update("update provisum.case_file set diary_number = ? where id = ?", "OF " + today.getYear() + "-" + id, id);
        jdbc.update("insert into provisum.register_entry (municipality_id, case_id, kind, title, registered_by) values (?, ?, 'CASE_OPENED', ?, 'demo')",
                municipality, id, type.name());
        return id;
    }
}
