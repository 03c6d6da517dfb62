package se.sambruk.provisum.review;

import java.math.BigDecimal;
import java.sql.Array;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.provisum.rules.AccountData;
import se.sambruk.provisum.rules.AnnualAccountReview;
import se.sambruk.provisum.rules.AnnualAccountReview.Flag;
import se.sambruk.provisum.rules.RiskScore;

/**
 * Annual accounts: reads them with their accounts and transactions, runs the automatic review
 * and the risk score, and stores the result; the caseworker then records the outcome.
 */
@Component("provisumAnnualAccounts")
public class AnnualAccounts {

    public record Header(long id, long caseId, int year, BigDecimal opening, BigDecimal income, BigDecimal expenses, BigDecimal closing,
                         BigDecimal previousClosing, boolean firstTime, boolean earlierRemarks) {
    }

    public record Review(Set<Flag> flags, int riskScore, boolean deepReview, String outcome, String remarks, String decidedBy) {
    }

    public record Line(java.time.LocalDate bookedOn, BigDecimal amount, AccountData.Category category, String text, boolean proofAttached) {
    }

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    AnnualAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Header> forCase(long caseId) {
        return jdbc.query("select * from provisum.annual_account where case_id = ? order by year desc limit 1", (rs, n) -> new Header(
                rs.getLong("id"), rs.getLong("case_id"), rs.getInt("year"), rs.getBigDecimal("opening_total"), rs.getBigDecimal("income"),
                rs.getBigDecimal("expenses"), rs.getBigDecimal("closing_total"), rs.getBigDecimal("previous_closing"),
                rs.getBoolean("first_time"), rs.getBoolean("earlier_remarks")), caseId).stream().findFirst();
    }

    public List<AccountData.Account> accounts(long accountId) {
        return jdbc.query("select * from provisum.account where annual_account_id = ? order by id", (rs, n) -> new AccountData.Account(
                rs.getString("name"), rs.getBigDecimal("closing"), rs.getBoolean("proof_attached")), accountId);
    }

    public List<Line> lines(long accountId) {
        return jdbc.query("select * from provisum.transaction where annual_account_id = ? order by booked_on, id limit 2000", (rs, n) -> new Line(
                rs.getObject("booked_on", java.time.LocalDate.class), rs.getBigDecimal("amount"),
                AccountData.Category.valueOf(rs.getString("category")), rs.getString("text"), rs.getBoolean("proof_attached")), accountId);
    }

    public Optional<Review> review(long accountId) {
        return jdbc.query("select * from provisum.review where annual_account_id = ?", (rs, n) -> new Review(parse(rs.getString("flags")),
                rs.getInt("risk_score"), rs.getBoolean("deep_review"), rs.getString("outcome"), rs.getString("remarks"),
                rs.getString("decided_by")), accountId).stream().findFirst();
    }

    private static Set<Flag> parse(String flags) {
        Set<Flag> set = EnumSet.noneOf(Flag.class);
        for (String flag : flags.split(",")) {
            if (!flag.isBlank()) {
                set.add(Flag.valueOf(flag));
            }
        }
        return set;
    }

    /** Reviews the accounts (read, every rule, risk score) and stores each result; the outcome stays as it was. */
    @Transactional
    public int reviewAll(List<Long> ids) {
        int done = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            done += reviewBatch(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        return done;
    }

    private int reviewBatch(List<Long> ids) {
        Long[] idArray = ids.toArray(Long[]::new);
        Map<Long, List<AccountData.Account>> accounts = new HashMap<>();
        Map<Long, List<AccountData.Transaction>> transactions = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("select annual_account_id, name, closing, proof_attached from provisum.account where annual_account_id = any(?)");
            Array array = con.createArrayOf("bigint", idArray);
            ps.setArray(1, array);
            return ps;
        }, rs -> {
            accounts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new AccountData.Account(rs.getString(2), rs.getBigDecimal(3), rs.getBoolean(4)));
        });
        jdbc.query(con -> {
            var ps = con.prepareStatement("select annual_account_id, amount, category, text, proof_attached from provisum.transaction where annual_account_id = any(?)");
            ps.setArray(1, con.createArrayOf("bigint", idArray));
            ps.setFetchSize(5000);
            return ps;
        }, rs -> {
            transactions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AccountData.Transaction(rs.getBigDecimal(2),
                    AccountData.Category.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5)));
        });
        List<Object[]> results = new ArrayList<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("select * from provisum.annual_account where id = any(?)");
            ps.setArray(1, con.createArrayOf("bigint", idArray));
            return ps;
        }, rs -> {
            long id = rs.getLong("id");
            AccountData data = new AccountData(rs.getBigDecimal("opening_total"), rs.getBigDecimal("income"), rs.getBigDecimal("expenses"),
                    rs.getBigDecimal("closing_total"), rs.getBigDecimal("previous_closing"), rs.getBoolean("first_time"),
                    rs.getBoolean("earlier_remarks"), accounts.getOrDefault(id, List.of()), transactions.getOrDefault(id, List.of()));
            Set<Flag> flags = AnnualAccountReview.flags(data);
            int score = RiskScore.score(flags, data.firstTime(), data.earlierRemarks());
            results.add(new Object[] {id, flags.stream().map(Flag::name).collect(Collectors.joining(",")), score, RiskScore.deepReview(score, id)});
        });
        jdbc.batchUpdate("""
                insert into provisum.review (annual_account_id, flags, risk_score, deep_review) values (?, ?, ?, ?)
                on conflict (annual_account_id) do update set flags = excluded.flags, risk_score = excluded.risk_score,
                  deep_review = excluded.deep_review, reviewed_at = now()
                """, results);
        return results.size();
    }

    /** The caseworker's outcome, with remarks required when there are any. */
    @Transactional
    public void decide(long accountId, String outcome, String remarks, String by) {
        jdbc.update("update provisum.review set outcome = ?, remarks = ?, decided_by = ? where annual_account_id = ?", outcome, remarks, by, accountId);
    }
}
