package se.sambruk.uka;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The benchmark of issue 16: a municipality (Sävsjö) with {@code uka.bench.people} young people
 * (default 50,000; valid made-up personnummer, one coverage period each, a tenth ended) and
 * {@code uka.bench.contacts} contacts (default 500,000), actions and follow-ups; then the caseworker's
 * daily overview and the SCB report (its page with the checks, and the SCB file) are timed through
 * the real handlers. Every answer must be 2xx. Lines "UKA-BENCH". Run with bench/uka.sh.
 */
@EnabledIfSystemProperty(named = "uka.bench", matches = "true")
class UkaBenchmark extends PlatformTest {

    static final String USER = "uka.bench.savsjo";

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    @Test
    void dailyOverviewAndScbReportAtScale() throws Exception {
        int people = Integer.getInteger("uka.bench.people", 50_000);
        int contacts = Integer.getInteger("uka.bench.contacts", 500_000);
        long org = organisationId("Sävsjö");
        if (!users.existsByUsernameIgnoreCase(USER)) {
            accounts.createUser(USER, "Bänk Handläggare", null, org, Set.of(UkaModule.UKA_CASEWORKER), DEMO_PASSWORD);
        }
        LocalDate today = LocalDate.now();
        long started = System.nanoTime();
        Random random = new Random(16);
        List<Object[]> rows = new ArrayList<>(people);
        java.util.Set<String> numbers = new java.util.HashSet<>();
        while (rows.size() < people) {
            LocalDate born = today.minusYears(16).minusDays(random.nextInt(4 * 365 - 10));
            String eleven = born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
            String pnr = eleven + UkaPagesTests.check(eleven);
            if (numbers.add(pnr)) {
                int i = rows.size();
                rows.add(new Object[] {org, pnr, "Bänk Person " + i, i % 20 == 0 ? null : USER, i % 10 != 0});
            }
        }
        jdbc.batchUpdate("insert into uka.young_person (organisation_id, personnummer, name, caseworker, covered, coverage_changed_on) "
                + "values (?, ?, ?, ?, ?, current_date - 400)", rows);
        jdbc.update("insert into uka.coverage_period (organisation_id, person_id, start_date, end_date, reason, end_reason) "
                + "select organisation_id, id, current_date - 700 + (id % 300)::int, case when covered then null else current_date - 30 - (id % 100)::int end, "
                + "'bänk', case when covered then null else 'FLYTTAT' end from uka.young_person where organisation_id = ?", org);
        jdbc.update("insert into uka.contact (organisation_id, person_id, contact_date, way, by_whom, reached, outcome) "
                + "select ?, p.id, current_date - (g % 600)::int, 'TELEFON', ?, g % 3 = 0, 'Samtal' "
                + "from generate_series(1, ?) g join (select id, row_number() over (order by id) - 1 as n from uka.young_person "
                + "where organisation_id = ?) p on p.n = g % ?", org, USER, contacts, org, people);
        jdbc.update("insert into uka.action (organisation_id, person_id, category, start_date, end_date, responsible, end_reason) "
                + "select organisation_id, id, 'PRAKTIK', current_date - 200 + (id % 150)::int, null, 'Bänk', null "
                + "from uka.young_person where organisation_id = ? and id % 3 = 0", org);
        jdbc.update("insert into uka.follow_up (organisation_id, person_id, due_date, note) "
                + "select organisation_id, id, current_date - (id % 5)::int, 'Ring' from uka.young_person where organisation_id = ? and id % 4 = 0", org);
        jdbc.execute("analyze uka.young_person; analyze uka.contact; analyze uka.coverage_period; analyze uka.action; analyze uka.follow_up");
        System.out.printf("UKA-BENCH data: %d people, %d contacts in %d ms%n", people, contacts, (System.nanoTime() - started) / 1_000_000);

        Cookie user = login(USER);
        int failed = 0;
        long[] overview = new long[20];
        for (int warm = 0; warm < 3; warm++) {
            failed += status(get("/uka"), user) / 100 == 2 ? 0 : 1;
        }
        for (int i = 0; i < overview.length; i++) {
            long t = System.nanoTime();
            failed += status(get("/uka"), user) / 100 == 2 ? 0 : 1;
            overview[i] = (System.nanoTime() - t) / 1_000_000;
        }
        int half = today.getMonthValue() <= 6 ? 1 : 2;
        String location = mvc.perform(post("/uka/rapporter").cookie(user).with(csrf()).param("year", String.valueOf(today.getYear()))
                .param("half", String.valueOf(half))).andReturn().getResponse().getRedirectedUrl();
        long period = location == null
                ? jdbc.queryForObject("select id from uka.report_period where organisation_id = ? and name = ?", Long.class, org, today.getYear() + "-" + half)
                : Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long[] checks = new long[5];
        long[] export = new long[5];
        for (int i = 0; i < checks.length; i++) {
            long t = System.nanoTime();
            failed += status(get("/uka/rapporter/" + period), user) / 100 == 2 ? 0 : 1;
            checks[i] = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            failed += status(get("/uka/rapporter/" + period + "/scb"), user) / 100 == 2 ? 0 : 1;
            export[i] = (System.nanoTime() - t) / 1_000_000;
        }
        System.out.printf("UKA-BENCH overview /uka: median %d ms, p95 %d ms, max %d ms (target < 200 ms)%n", pct(overview, 50), pct(overview, 95),
                pct(overview, 100));
        System.out.printf("UKA-BENCH SCB report page with checks: median %d ms, max %d ms%n", pct(checks, 50), pct(checks, 100));
        System.out.printf("UKA-BENCH SCB export file: median %d ms, max %d ms (target < 3000 ms)%n", pct(export, 50), pct(export, 100));
        System.out.printf("UKA-BENCH failed requests: %d%n", failed);
        assertThat(failed).isZero();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Cookie user) throws Exception {
        return mvc.perform(request.cookie(user)).andReturn().getResponse().getStatus();
    }

    private static long pct(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1));
        return sorted[index];
    }
}
