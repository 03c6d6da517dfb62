package se.sambruk.provisum;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import se.sambruk.PlatformTest;
import se.sambruk.residents.ResidentFlow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The sluträkning compiled from the bookkeeping for the part of the year up to the assignment's end
 * (FB 14 kap. 17 §: within a month), signed by both guardians whose shared assignment ended, and the
 * inventory prefilled from the bookkeeping's accounts.
 */
class ProvisumFinalAccountTests extends PlatformTest {

    private static final String ERIK = "198507099813";
    private static final String ANNA = "198507099805";

    private void sign(ResidentFlow flow, String page, String person) throws Exception {
        String signingPage = flow.perform(post(page + "/signera").with(csrf())).getRedirectedUrl();
        assertThat(signingPage).startsWith("/e-tjanster/signera/");
        URI authorization = URI.create(flow.perform(get(signingPage + "/e-legitimation")).getRedirectedUrl());
        assertThat(flow.answer(flow.choose(authorization, person)).getRedirectedUrl()).startsWith(page + "?signatur=");
    }

    @Test
    void theFinalAccountIsCompiledUpToTheEndAndSignedByBothGuardians() throws Exception {
        long borlange = organisationId("Borlänge");
        long principal = jdbc.queryForObject("insert into provisum.principal (municipality_id, personnummer, name) values (?, '194006094827', 'Harald Slutprov') returning id",
                Long.class, borlange);
        long erik = jdbc.queryForObject("select id from provisum.guardian where personnummer = ?", Long.class, ERIK);
        long anna = jdbc.queryForObject("insert into provisum.guardian (office_id, personnummer, name, suitability_checked_on) values (?, ?, 'Anna Testsson', date '2023-01-01') returning id",
                Long.class, borlange, ANNA);
        for (long guardian : new long[] {erik, anna}) {
            jdbc.update("""
                    insert into provisum.assignment (principal_id, guardian_id, kind, scope, starts_on, ends_on)
                    values (?, ?, 'GODMANSKAP', 'Förvalta egendom', date '2024-01-01', date '2026-11-30')
                    """, principal, guardian);
        }
        long account = jdbc.queryForObject("insert into provisum.book_account (principal_id, name, first_year, opening) values (?, 'Lönekonto', 2026, 10000) returning id",
                Long.class, principal);
        jdbc.update("insert into provisum.book_entry (book_account_id, booked_on, amount, category, text) values (?, date '2026-01-15', 5000, 'INCOME', 'Pension')", account);
        jdbc.update("insert into provisum.book_entry (book_account_id, booked_on, amount, category, text) values (?, date '2026-11-30', -2000, 'EXPENSE', 'Hyra')", account);
        jdbc.update("insert into provisum.book_entry (book_account_id, booked_on, amount, category, text) values (?, date '2026-12-02', -999, 'EXPENSE', 'Efter slutet')", account);
        String page = "/e-tjanster/provisum/huvudman/" + principal + "/slutrakning";

        ResidentFlow erikFlow = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, ERIK));
        assertThat(erikFlow.perform(get("/e-tjanster/provisum")).getContentAsString()).contains(page).contains("Sluträkning för Harald Slutprov");
        // the ended assignment no longer opens the bookkeeping, only the final account
        assertThat(erikFlow.perform(get("/e-tjanster/provisum/huvudman/" + principal + "/bokforing")).getStatus()).isEqualTo(404);
        assertThat(erikFlow.perform(get(page)).getContentAsString()).contains("2026-01-01").contains("2026-11-30").contains("2026-12-30")
                .doesNotContain("Efter slutet");
        String accountPage = erikFlow.perform(post(page).with(csrf())).getRedirectedUrl();
        assertThat(accountPage).startsWith("/e-tjanster/provisum/arsrakningar/");
        long accountId = Long.parseLong(accountPage.substring(accountPage.lastIndexOf('/') + 1));
        var row = jdbc.queryForMap("""
                select aa.opening_total, aa.income, aa.expenses, aa.closing_total, aa.period_start, aa.period_end, c.type, c.due_on
                  from provisum.annual_account aa join provisum.case_file c on c.id = aa.case_id where aa.id = ?
                """, accountId);
        assertThat(row.get("opening_total").toString()).isEqualTo("10000.00");
        assertThat(row.get("income").toString()).isEqualTo("5000.00");
        assertThat(row.get("expenses").toString()).isEqualTo("2000.00");
        assertThat(row.get("closing_total").toString()).isEqualTo("13000.00");
        assertThat(row.get("period_start").toString()).isEqualTo("2026-01-01");
        assertThat(row.get("period_end").toString()).isEqualTo("2026-11-30");
        assertThat(row.get("type")).isEqualTo("SLUTRAKNING");
        assertThat(row.get("due_on").toString()).isEqualTo("2026-12-30");
        assertThat(erikFlow.perform(get(accountPage)).getContentAsString()).contains("Sluträkning till 2026-11-30").contains("0 av 2");

        sign(erikFlow, accountPage, ERIK);
        assertThat(erikFlow.perform(get(accountPage)).getContentAsString()).contains("1 av 2");
        assertThat(jdbc.queryForObject("select submitted_on is null from provisum.annual_account where id = ?", Boolean.class, accountId)).isTrue();
        ResidentFlow annaFlow = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, ANNA));
        sign(annaFlow, accountPage, ANNA);
        assertThat(annaFlow.perform(get(accountPage)).getRedirectedUrl()).isEqualTo(accountPage);
        assertThat(jdbc.queryForObject("select submitted_on is not null from provisum.annual_account where id = ?", Boolean.class, accountId)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from provisum.register_entry where title = 'Sluträkning 2026-01-01–2026-11-30 inlämnad och signerad'",
                Integer.class)).isOne();
        // compiled again after submission: the submitted account stays
        assertThat(erikFlow.perform(post(page).with(csrf())).getRedirectedUrl()).isEqualTo(accountPage);

        ResidentFlow maria = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, "196411139808"));
        assertThat(maria.perform(get(page)).getStatus()).isEqualTo(404);
        assertThat(maria.perform(post(page).with(csrf())).getStatus()).isEqualTo(404);

        jdbc.update("delete from provisum.case_file where principal_id = ?", principal);
        jdbc.update("delete from provisum.assignment where principal_id = ?", principal);
        jdbc.update("delete from provisum.principal where id = ?", principal);
        jdbc.update("delete from provisum.guardian where id = ?", anna);
    }

    @Test
    void theInventoryIsPrefilledFromTheBookkeepingsAccounts() throws Exception {
        long gagnef = organisationId("Gagnef");
        long principal = jdbc.queryForObject("insert into provisum.principal (municipality_id, personnummer, name) values (?, '193607169822', 'Ivar Förifyllning') returning id",
                Long.class, gagnef);
        long erik = jdbc.queryForObject("select id from provisum.guardian where personnummer = ?", Long.class, ERIK);
        jdbc.update("insert into provisum.assignment (principal_id, guardian_id, kind, scope, starts_on) values (?, ?, 'GODMANSKAP', 'Förvalta egendom', date '2026-11-02')",
                principal, erik);
        long caseId = jdbc.queryForObject("""
                insert into provisum.case_file (municipality_id, principal_id, type, opened_on, due_on, diary_number)
                values (?, ?, 'FORTECKNING', date '2026-11-02', date '2027-01-02', 'PREFILL-TEST') returning id
                """, Long.class, gagnef, principal);
        String page = "/e-tjanster/provisum/forteckningar/" + caseId;
        ResidentFlow flow = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, ERIK));

        MockHttpServletResponse none = flow.perform(post(page + "/fran-bokforing").with(csrf()));
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(none.getContentAsString()).contains("inga konton i bokföringen");

        long salary = jdbc.queryForObject("insert into provisum.book_account (principal_id, name, account_number, first_year, opening) values (?, 'Lönekonto', '8327-9, 123', 2026, 20000) returning id",
                Long.class, principal);
        jdbc.update("insert into provisum.book_entry (book_account_id, booked_on, amount, category) values (?, date '2026-11-02', 1000, 'INCOME')", salary);
        jdbc.update("insert into provisum.book_entry (book_account_id, booked_on, amount, category) values (?, date '2026-11-05', -500, 'EXPENSE')", salary);
        jdbc.update("insert into provisum.book_account (principal_id, name, first_year, opening) values (?, 'Kreditkort', 2026, -3000)", principal);

        assertThat(flow.perform(post(page + "/fran-bokforing").with(csrf())).getRedirectedUrl()).isEqualTo(page + "?hamtade=2");
        assertThat(jdbc.queryForList("select kind || ' ' || description || ' ' || amount from provisum.inventory_item i join provisum.inventory v on v.id = i.inventory_id where v.case_id = ? order by i.id",
                String.class, caseId)).containsExactlyInAnyOrder("ASSET Bankkonto Lönekonto (8327-9, 123) 21000.00", "DEBT Bankkonto Kreditkort 3000.00");
        assertThat(flow.perform(post(page + "/fran-bokforing").with(csrf())).getRedirectedUrl()).isEqualTo(page + "?hamtade=0");
        assertThat(flow.perform(get(page + "?hamtade=2")).getContentAsString()).contains("Hämtade 2 konton från bokföringen").contains("Kreditkort");

        ResidentFlow anna = new ResidentFlow(mvc, ResidentFlow.signIn(mvc, ANNA));
        assertThat(anna.perform(post(page + "/fran-bokforing").with(csrf())).getStatus()).isEqualTo(404);
        jdbc.update("delete from provisum.case_file where principal_id = ?", principal);
        jdbc.update("delete from provisum.assignment where principal_id = ?", principal);
        jdbc.update("delete from provisum.principal where id = ?", principal);
    }
}
