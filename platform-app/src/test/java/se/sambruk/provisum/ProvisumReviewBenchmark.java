package se.sambruk.provisum;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.provisum.review.AnnualAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Provisum benchmark (skipped unless -Dprovisum.bench=true): 3,000 annual accounts with 200
 * transactions and 2 accounts each, reviewed in one call (read, every rule, risk score, result
 * stored). Figures in bench/README.md.
 */
@EnabledIfSystemProperty(named = "provisum.bench", matches = "true")
class ProvisumReviewBenchmark extends PlatformTest {

    /** The sizes, smaller with -Dprovisum.bench.accounts / .transactions to prove the run works (bench/provisum.sh). */
    static final int ACCOUNTS = Integer.getInteger("provisum.bench.accounts", 3000);
    static final int TRANSACTIONS = Integer.getInteger("provisum.bench.transactions", 200);
    static final String BENCH_IDS = "(select a.id from provisum.annual_account a join provisum.case_file c on c.id = a.case_id"
            + " where c.diary_number like 'BENCH-%')";

    @Autowired
    AnnualAccounts annualAccounts;

    @Test
    void threeThousandAnnualAccountsAreReviewedInUnderTenSeconds() {
        long borlange = organisationId("Borlänge");
        long principal = jdbc.queryForObject("""
                insert into provisum.principal (municipality_id, personnummer, name) values (?, '193107095287', 'Bänk Huvudman') returning id
                """, Long.class, borlange);
        jdbc.update("""
                insert into provisum.case_file (municipality_id, principal_id, type, opened_on, due_on, diary_number)
                select ?, ?, 'ARSRAKNING', date '2026-01-10', date '2026-03-01', 'BENCH-' || g from generate_series(1, ?) g
                """, borlange, principal, ACCOUNTS);
        jdbc.update("""
                insert into provisum.annual_account (case_id, year, opening_total, income, expenses, closing_total, previous_closing, first_time, earlier_remarks)
                select id, 2025, 50000, 100 * 120.00, 100 * 97.35, 50000 + 100 * 120.00 - 100 * 97.35, 50000, id % 7 = 0, id % 11 = 0
                  from provisum.case_file where diary_number like 'BENCH-%'
                """);
        jdbc.update("""
                insert into provisum.account (annual_account_id, name, opening, closing, proof_attached)
                select a.id, k.name, 0, case k.name when 'Sparkonto' then 40000 else a.closing_total - 40000 end, a.id % 13 <> 0
                  from provisum.annual_account a join provisum.case_file c on c.id = a.case_id and c.diary_number like 'BENCH-%'
                 cross join (values ('Transaktionskonto'), ('Sparkonto')) k(name)
                """);
        jdbc.update("""
                insert into provisum.transaction (annual_account_id, booked_on, amount, category, text, proof_attached)
                select a.id, date '2025-01-01' + (g % 365),
                       case when g % 2 = 0 then 120.00 else -97.35 end,
                       case when g % 2 = 0 then 'INCOME' when g = 199 and a.id % 17 = 0 then 'CASH_WITHDRAWAL' else 'EXPENSE' end,
                       'Transaktion ' || g, not (g = 197 and a.id % 19 = 0)
                  from provisum.annual_account a join provisum.case_file c on c.id = a.case_id and c.diary_number like 'BENCH-%'
                 cross join generate_series(0, ?) g
                """, TRANSACTIONS - 1);
        List<Long> ids = jdbc.queryForList("""
                select a.id from provisum.annual_account a join provisum.case_file c on c.id = a.case_id where c.diary_number like 'BENCH-%'
                """, Long.class);
        assertThat(ids).hasSize(ACCOUNTS);
        assertThat(jdbc.queryForObject("select count(*) from provisum.transaction t join provisum.annual_account a on a.id = t.annual_account_id"
                + " join provisum.case_file c on c.id = a.case_id where c.diary_number like 'BENCH-%'", Integer.class)).isEqualTo(ACCOUNTS * TRANSACTIONS);
        jdbc.execute("analyze provisum.transaction");

        annualAccounts.reviewAll(ids.subList(0, Math.min(100, ids.size()))); // warm-up
        long[] millis = new long[3];
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            int reviewed = annualAccounts.reviewAll(ids);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            assertThat(reviewed).isEqualTo(ACCOUNTS);
        }
        int stored = jdbc.queryForObject("select count(*) from provisum.review where annual_account_id in " + BENCH_IDS, Integer.class);
        int flagged = jdbc.queryForObject("select count(*) from provisum.review where flags <> '' and annual_account_id in " + BENCH_IDS, Integer.class);
        System.out.printf("PROVISUM BENCH: %d annual accounts x %d transactions reviewed in %d / %d / %d ms; %d reviews stored, %d flagged%n",
                ACCOUNTS, TRANSACTIONS, millis[0], millis[1], millis[2], stored, flagged);
        assertThat(stored).isEqualTo(ACCOUNTS);
        assertThat(flagged).isPositive().isLessThan(ACCOUNTS);
        assertThat(java.util.Arrays.stream(millis).min().orElseThrow()).isLessThan(10_000);
        jdbc.update("delete from provisum.case_file where diary_number like 'BENCH-%'");
        jdbc.update("delete from provisum.principal where id = ?", principal);
    }
}
