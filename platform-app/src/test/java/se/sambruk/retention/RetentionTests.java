package se.sambruk.retention;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.Roles;
import se.sambruk.core.retention.Retention;
import se.sambruk.core.retention.RetentionPreview;
import se.sambruk.core.retention.RetentionRule;
import se.sambruk.core.retention.SqlRetentionRule;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RetentionTests extends PlatformTest {

    private static final String ALE_ADMIN = "ale-gallring";

    @Autowired
    Retention retention;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void probeTable() {
        jdbc.execute("create table if not exists public.retention_probe (id bigserial primary key, organisation_id bigint not null, "
                + "created_at timestamptz not null, note text, anonymised boolean not null default false)");
    }

    private SqlRetentionRule.Builder probe(String name) {
        return SqlRetentionRule.named(name, "core").description("Provrader").legalGround("Test")
                .table("public.retention_probe").organisationColumn("organisation_id").timeColumn("created_at")
                .reference("'prov ' || t.id");
    }

    private long row(long organisation, int daysOld) {
        return jdbc.queryForObject("insert into public.retention_probe (organisation_id, created_at, note) values (?, now() - make_interval(days => ?), 'Åsa') returning id",
                Long.class, organisation, daysOld);
    }

    @Test
    void previewShowsWhatApplyThenRemovesWithEachOrganisationsOwnPeriod() {
        String name = "test.probe-" + System.nanoTime();
        RetentionRule rule = probe(name).keepDays(30).organisationSetsPeriod(5, 100).delete().build(jdbc);
        long ale = organisationId("Ale");
        long malmo = organisationId("Malmö");
        jdbc.update("delete from public.retention_probe");
        long aleNew = row(ale, 3);
        long aleMiddle = row(ale, 20);
        long aleOld = row(ale, 40);
        long malmoNew = row(malmo, 3);
        long malmoMiddle = row(malmo, 20);
        long malmoOld = row(malmo, 40);

        retention.setKeepDays(rule, ale, 10, "test");
        assertThat(retention.keepDays(rule, ale)).isEqualTo(10);
        assertThat(retention.keepDays(rule, malmo)).isEqualTo(30);
        assertThatThrownBy(() -> retention.setKeepDays(rule, ale, 4, "test")).hasMessage("retention.period.outOfBounds");

        RetentionPreview forAle = retention.preview(rule, ale, 100);
        assertThat(forAle.countFor(ale)).isEqualTo(2);
        assertThat(forAle.countFor(malmo)).isZero();
        assertThat(forAle.items()).extracting(RetentionPreview.Item::reference).containsExactly("prov " + aleOld, "prov " + aleMiddle);
        RetentionPreview all = retention.preview(rule, null, 100);
        assertThat(all.counts()).containsEntry(ale, 2L).containsEntry(malmo, 1L);
        assertThat(all.items()).extracting(RetentionPreview.Item::reference)
                .containsExactlyInAnyOrder("prov " + aleOld, "prov " + aleMiddle, "prov " + malmoOld);

        Retention.Run run = retention.run(rule, "test");
        assertThat(run.error()).isNull();
        assertThat(run.perOrganisation()).isEqualTo(Map.of(ale, 2, malmo, 1));
        assertThat(run.removed()).isEqualTo(3);
        assertThat(jdbc.queryForList("select id from public.retention_probe where organisation_id in (?, ?) order by id", Long.class, ale, malmo))
                .containsExactly(aleNew, malmoNew, malmoMiddle);
        assertThat(retention.preview(rule, null, 100).total()).isZero();

        // the log: the run's total for staff, each organisation's own count for it
        assertThat(retention.log(rule, null, 10)).singleElement().satisfies(entry -> assertThat(entry.removed()).isEqualTo(3));
        assertThat(retention.log(rule, ale, 10)).singleElement().satisfies(entry -> assertThat(entry.removed()).isEqualTo(2));
        assertThat(retention.log(rule, malmo, 10)).singleElement().satisfies(entry -> assertThat(entry.removed()).isEqualTo(1));
        assertThat(retention.log(rule, organisationId("Kiruna"), 10)).singleElement().satisfies(entry -> assertThat(entry.removed()).isZero());
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where actor = 'gallring' and target_id = ? and action = 'PERSONAL_DATA_CHANGED'",
                Integer.class, name)).isEqualTo(2);

        // back to the default: Ale's 20-day-old rows are no longer due
        retention.setKeepDays(rule, ale, null, "test");
        row(ale, 20);
        assertThat(retention.preview(rule, ale, 0).total()).isZero();
    }

    @Test
    void anAnonymisingRuleCountsEachRowOnceAndKeepsIt() {
        String name = "test.anonymise-" + System.nanoTime();
        RetentionRule rule = probe(name).keepDays(10).anonymise("note = null, anonymised = true", "not t.anonymised").build(jdbc);
        long kiruna = organisationId("Kiruna");
        jdbc.update("delete from public.retention_probe");
        long old = row(kiruna, 11);
        row(kiruna, 9);
        assertThat(retention.preview(rule, kiruna, 10).countFor(kiruna)).isEqualTo(1);
        assertThat(retention.run(rule, "test").perOrganisation()).isEqualTo(Map.of(kiruna, 1));
        assertThat(retention.run(rule, "test").removed()).isZero();
        assertThat(jdbc.queryForObject("select note from public.retention_probe where id = ?", String.class, old)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from public.retention_probe where organisation_id = ?", Integer.class, kiruna)).isEqualTo(2);
        assertThat(retention.log(rule, null, 10)).extracting(Retention.LogEntry::removed).containsExactly(0, 1);
    }

    @Test
    void aFailingRuleIsLoggedAndTheOthersStillRun() {
        RetentionRule broken = probe("test.broken-" + System.nanoTime()).keepDays(1).where("no_such_column = 1").delete().build(jdbc);
        Retention.Run run = retention.run(broken, "test");
        assertThat(run.error()).isNotBlank();
        assertThat(retention.log(broken, null, 10)).singleElement().satisfies(entry -> assertThat(entry.error()).isNotBlank());
    }

    @Test
    void theNightlyRunCoversTheMovedJobs() {
        assertThat(retention.rules()).extracting(RetentionRule::name)
                .contains("core.sent-mail", "fixamingata.sign-in-links", "fixamingata.unconfirmed-alerts", "fixamingata.closed-report-contacts");
        assertThat(retention.runAll("test")).allSatisfy(run -> assertThat(run.error()).as(run.rule()).isNull());
    }

    @Test
    void anOrganisationsAdministratorSeesItsRulesAndSetsItsPeriodStaffSeeCountsOnly() throws Exception {
        if (jdbc.queryForObject("select count(*) from core.app_user where username = ?", Integer.class, ALE_ADMIN) == 0) {
            accounts.createUser(ALE_ADMIN, "Alva Admin", null, organisationId("Ale"), Set.of(Roles.ORG_ADMIN), DEMO_PASSWORD);
        }
        long ale = organisationId("Ale");
        long report = jdbc.queryForObject("""
                insert into fixamingata.report (organisation_id, kommunkod, category_id, title, detail, lat, lon, reporter_name, reporter_email,
                                                state, manage_token, closed_at)
                select ?, o.municipality_code, c.id, 'Gallringsprov', 'Text', 57.93, 12.12, 'Greta Gallring', 'greta@example.se', 'FIXED', ?,
                       now() - interval '800 days'
                  from fixamingata.category c join core.organisation o on o.id = c.organisation_id where c.organisation_id = ? limit 1 returning id""",
                Long.class, ale, "gallring-" + System.nanoTime(), ale);
        Cookie admin = login(ALE_ADMIN);
        mvc.perform(get("/org/retention").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("fixamingata.closed-report-contacts"), containsString("rapport " + report),
                        containsString("730 dagar"), not(containsString("core.sent-mail")), not(containsString("greta@example.se")))));

        String path = "/org/retention/period";
        String rulePath = "fixamingata.closed-report-contacts";
        mvc.perform(post(path).cookie(admin).with(csrf()).param("rule", rulePath).param("days", "tio"))
                .andExpect(redirectedUrl("/org/retention#rule-fixamingata-closed-report-contacts"));
        mvc.perform(post(path).cookie(admin).with(csrf()).param("rule", rulePath).param("days", "5000")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from core.retention_setting where organisation_id = ?", Integer.class, ale)).isZero();
        mvc.perform(post(path).cookie(admin).with(csrf()).param("rule", rulePath).param("days", "900")).andExpect(status().is3xxRedirection());
        RetentionRule rule = retention.rule("fixamingata.closed-report-contacts").orElseThrow();
        assertThat(retention.keepDays(rule, ale)).isEqualTo(900);
        assertThat(retention.preview(rule, ale, 100).items()).extracting(RetentionPreview.Item::reference).doesNotContain("rapport " + report);
        mvc.perform(post(path).cookie(admin).with(csrf()).param("rule", rulePath).param("days", "")).andExpect(status().is3xxRedirection());
        assertThat(retention.keepDays(rule, ale)).isEqualTo(730);
        // a rule the organisation may not set, or one that does not concern it
        mvc.perform(post(path).cookie(admin).with(csrf()).param("rule", "core.sent-mail").param("days", "10")).andExpect(status().isNotFound());

        retention.run(rule, "test");
        assertThat(jdbc.queryForObject("select reporter_email from fixamingata.report where id = ?", String.class, report)).isEmpty();
        mvc.perform(get("/admin/retention").cookie(login("admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("core.sent-mail"), containsString("fixamingata.closed-report-contacts"),
                        not(containsString("rapport " + report)))));
        mvc.perform(get("/admin/retention").cookie(admin)).andExpect(status().isForbidden());
        assertThat(List.of(jdbc.queryForObject("select count(*) from core.audit_event where actor = ? and target_type = 'retention'",
                Integer.class, ALE_ADMIN))).first().isNotEqualTo(0);
    }
}
