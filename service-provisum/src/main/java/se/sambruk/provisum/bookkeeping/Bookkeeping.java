package se.sambruk.provisum.bookkeeping;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.provisum.rules.Deadlines;

/**
 * The guardian's bookkeeping during the year: a principal's accounts, their transactions (typed,
 * or imported from a bank statement with duplicates recognised by their reference), the proof of
 * each expense and of each account's balance at the year's end (the core's attachments), and the
 * annual account compiled from it for the office. Every method that takes a resident's
 * personnummer answers only principals the person is a current guardian of.
 */
@Repository("provisumBookkeeping")
public class Bookkeeping {

    public record Principal(long id, long municipalityId, String name) {
    }

    public record Account(long id, String name, String accountNumber, int firstYear, BigDecimal opening) {
    }

    public record Entry(long id, long accountId, String accountName, LocalDate bookedOn, BigDecimal amount, String category, String text,
                        Long proofId) {

        public boolean needsProof() {
            return amount.signum() < 0 && !"TRANSFER_OWN_ACCOUNT".equals(category);
        }
    }

    public record Balance(Account account, BigDecimal openingOfYear, BigDecimal closingOfYear, Long statementId) {
    }

    public record Imported(int added, int duplicates) {
    }

    /** The annual account compiled, or why not. */
    public record Compiled(Long annualAccountId, String refusal) {
    }

    /** An account name the principal already has. */
    public static final class Duplicate extends RuntimeException {
        Duplicate() {
            super("duplicate", null, false, false);
        }
    }

    private final JdbcTemplate jdbc;

    Bookkeeping(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static Principal principal(ResultSet rs, int n) throws SQLException {
        return new Principal(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("name"));
    }

    private static final String GUARDED = """
            select distinct p.id, p.municipality_id, p.name from provisum.principal p
              join provisum.assignment a on a.principal_id = p.id join provisum.guardian g on g.id = a.guardian_id
             where g.personnummer = ? and (a.ends_on is null or a.ends_on >= ?)
            """;

    public List<Principal> principalsOf(String personnummer, LocalDate today) {
        return jdbc.query(GUARDED + " order by p.name", Bookkeeping::principal, personnummer, today);
    }

    public Optional<Principal> principalOf(String personnummer, long principalId, LocalDate today) {
        return jdbc.query(GUARDED + " and p.id = ?", Bookkeeping::principal, personnummer, today, principalId).stream().findFirst();
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("name"), rs.getString("account_number"), rs.getInt("first_year"),
                rs.getBigDecimal("opening"));
    }

    public List<Account> accounts(long principalId) {
        return jdbc.query("select * from provisum.book_account where principal_id = ? order by name", Bookkeeping::account, principalId);
    }

    public Optional<Account> account(long principalId, long accountId) {
        return jdbc.query("select * from provisum.book_account where principal_id = ? and id = ?", Bookkeeping::account, principalId, accountId)
                .stream().findFirst();
    }

    /** @throws Duplicate when the principal has an account of that name */
    @Transactional
    public long addAccount(long principalId, String name, String accountNumber, int firstYear, BigDecimal opening) {
        Integer existing = jdbc.queryForObject("select count(*) from provisum.book_account where principal_id = ? and lower(name) = lower(?)",
                Integer.class, principalId, name);
        if (existing != null && existing > 0) {
            throw new Duplicate();
        }
        return jdbc.queryForObject("""
                insert into provisum.book_account (principal_id, name, account_number, first_year, opening) values (?, ?, ?, ?, ?) returning id
                """, Long.class, principalId, name, accountNumber, firstYear, opening);
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        long proof = rs.getLong("proof_attachment_id");
        Long proofId = rs.wasNull() ? null : proof;
        return new Entry(rs.getLong("id"), rs.getLong("book_account_id"), rs.getString("account_name"), rs.getObject("booked_on", LocalDate.class),
                rs.getBigDecimal("amount"), rs.getString("category"), rs.getString("text"), proofId);
    }

    public List<Entry> entries(long principalId, int year) {
        return entries(principalId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    public List<Entry> entries(long principalId, LocalDate from, LocalDate endExclusive) {
        return jdbc.query("""
                select e.*, a.name as account_name from provisum.book_entry e join provisum.book_account a on a.id = e.book_account_id
                 where a.principal_id = ? and e.booked_on >= ? and e.booked_on < ? order by e.booked_on, e.id limit 5000
                """, Bookkeeping::entry, principalId, from, endExclusive);
    }

    /** An assignment of the person's that has ended (on or before today, within the last year), for the final account. */
    public record Ended(Principal principal, LocalDate startedOn, LocalDate endedOn) {
    }

    public static final int FINAL_ACCOUNT_REACH_MONTHS = 12;

    public List<Ended> endedAssignments(String personnummer, LocalDate today) {
        return jdbc.query("""
                select p.id, p.municipality_id, p.name, a.starts_on, a.ends_on from provisum.assignment a
                  join provisum.principal p on p.id = a.principal_id join provisum.guardian g on g.id = a.guardian_id
                 where g.personnummer = ? and a.ends_on is not null and a.ends_on <= ? and a.ends_on >= ? order by a.ends_on desc, p.name
                """, (rs, n) -> new Ended(principal(rs, n), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)),
                personnummer, today, today.minusMonths(FINAL_ACCOUNT_REACH_MONTHS));
    }

    public Optional<Ended> endedAssignment(String personnummer, long principalId, LocalDate today) {
        return endedAssignments(personnummer, today).stream().filter(e -> e.principal().id() == principalId).findFirst();
    }

    /** Each account's balance at the end of a day (opening plus every entry up to and including it), for the inventory. */
    public List<Balance> balancesOn(long principalId, LocalDate day) {
        return balances(principalId, day.plusDays(1), day.plusDays(1), day.getYear());
    }

    public Optional<Entry> entry(long principalId, long entryId) {
        return jdbc.query("""
                select e.*, a.name as account_name from provisum.book_entry e join provisum.book_account a on a.id = e.book_account_id
                 where a.principal_id = ? and e.id = ?
                """, Bookkeeping::entry, principalId, entryId).stream().findFirst();
    }

    public long addEntry(long accountId, LocalDate bookedOn, BigDecimal amount, String category, String text) {
        return jdbc.queryForObject("""
                insert into provisum.book_entry (book_account_id, booked_on, amount, category, text) values (?, ?, ?, ?, ?) returning id
                """, Long.class, accountId, bookedOn, amount, category, text == null ? "" : text);
    }

    public void setCategory(long entryId, String category) {
        jdbc.update("update provisum.book_entry set category = ? where id = ?", category, entryId);
    }

    public void setProof(long entryId, long attachmentId) {
        jdbc.update("update provisum.book_entry set proof_attachment_id = ? where id = ?", attachmentId, entryId);
    }

    /** Adds the statement's lines to the account in one transaction; a line already imported (same reference) is counted, not added. */
    @Transactional
    public Imported importLines(long accountId, List<StatementLine> lines) {
        int added = 0;
        for (StatementLine line : lines) {
            if (line.amount().signum() == 0) {
                continue;
            }
            added += jdbc.update("""
                    insert into provisum.book_entry (book_account_id, booked_on, amount, category, text, import_ref) values (?, ?, ?, ?, ?, ?)
                    on conflict (book_account_id, import_ref) do nothing
                    """, accountId, line.bookedOn(), line.amount(), Categories.guess(line.amount(), line.text()), line.text(), line.reference());
        }
        return new Imported(added, (int) lines.stream().filter(l -> l.amount().signum() != 0).count() - added);
    }

    /** Each account's balance at the start and end of the year, and the statement proving the end, for accounts open by then. */
    public List<Balance> balances(long principalId, int year) {
        return balances(principalId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), year);
    }

    /** Each account's balance on {@code start} and on {@code endExclusive} (entries before each day), with the statement of {@code statementYear}. */
    public List<Balance> balances(long principalId, LocalDate start, LocalDate endExclusive, int statementYear) {
        int year = statementYear;
        LocalDate end = endExclusive;
        return jdbc.query("""
                select a.*, a.opening + coalesce((select sum(e.amount) from provisum.book_entry e where e.book_account_id = a.id and e.booked_on < ?), 0) as start_balance,
                       a.opening + coalesce((select sum(e.amount) from provisum.book_entry e where e.book_account_id = a.id and e.booked_on < ?), 0) as end_balance,
                       (select s.attachment_id from provisum.book_statement s where s.book_account_id = a.id and s.year = ?) as statement_id
                  from provisum.book_account a where a.principal_id = ? and a.first_year <= ? order by a.name
                """, (rs, n) -> {
            long statement = rs.getLong("statement_id");
            Long statementId = rs.wasNull() ? null : statement;
            return new Balance(account(rs, n), rs.getBigDecimal("start_balance"), rs.getBigDecimal("end_balance"), statementId);
        }, start, end, year, principalId, end.minusDays(1).getYear());
    }

    public void setStatement(long accountId, int year, long attachmentId) {
        jdbc.update("""
                insert into provisum.book_statement (book_account_id, year, attachment_id) values (?, ?, ?)
                on conflict (book_account_id, year) do update set attachment_id = excluded.attachment_id
                """, accountId, year, attachmentId);
    }

    /**
     * Compiles the year's annual account from the bookkeeping into the principal's årsräkning case
     * (the open one due on 1 March after the year; opened, and registered in the diarium, when the office has none): the accounts' balances
     * at the start and end, income and expenses, every transaction with its category and whether its
     * proof is attached, and each balance's statement. An account already submitted is not changed.
     */
    @Transactional
    public Compiled compile(Principal principal, int year, String by, LocalDate today) {
        return compile(principal, "ARSRAKNING", Deadlines.annualAccountDue(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false, by, today);
    }

    /**
     * Compiles the sluträkning (final account) from the bookkeeping for the part of the year up to the
     * day the assignment ended: from 1 January of that year, or the assignment's first day when it
     * started later, to the last day. It goes into the principal's open sluträkning case due a month
     * after the end (FB 14 kap. 17 §; opened and registered when the office has none), and is signed
     * and submitted like the annual account.
     */
    @Transactional
    public Compiled compileFinal(Principal principal, LocalDate startedOn, LocalDate endedOn, String by, LocalDate today) {
        LocalDate yearStart = LocalDate.of(endedOn.getYear(), 1, 1);
        LocalDate from = startedOn.isAfter(yearStart) ? startedOn : yearStart;
        return compile(principal, "SLUTRAKNING", Deadlines.finalAccountDue(endedOn), from, endedOn, true, by, today);
    }

    private Compiled compile(Principal principal, String type, LocalDate due, LocalDate from, LocalDate to, boolean finalAccount, String by,
                             LocalDate today) {
        int year = to.getYear();
        List<Balance> balances = balances(principal.id(), from, to.plusDays(1), year);
        if (balances.isEmpty()) {
            return new Compiled(null, "NO_ACCOUNTS");
        }
        Long caseId = jdbc.query("""
                select id from provisum.case_file where principal_id = ? and type = ? and status = 'OPEN' and due_on = ?
                 order by id limit 1
                """, (rs, n) -> rs.getLong(1), principal.id(), type, due).stream().findFirst().orElse(null);
        if (caseId == null) {
            caseId = jdbc.queryForObject("""
                    insert into provisum.case_file (municipality_id, principal_id, type, opened_on, due_on, diary_number)
                    values (?, ?, ?, ?, ?, 'PROV-' || nextval('provisum.case_file_id_seq')) returning id
                    """, Long.class, principal.municipalityId(), principal.id(), type, today, due);
            jdbc.update("update provisum.case_file set diary_number = ? where id = ?", "OF " + Year.from(today) + "-" + caseId, caseId);
            jdbc.update("insert into provisum.register_entry (municipality_id, case_id, kind, title, registered_by) values (?, ?, 'CASE_OPENED', ?, ?)",
                    principal.municipalityId(), caseId, type, by);
        }
        List<Long> existing = jdbc.queryForList("select id from provisum.annual_account where case_id = ? and year = ? and submitted_on is not null",
                Long.class, caseId, year);
        if (!existing.isEmpty()) {
            return new Compiled(existing.get(0), "SUBMITTED");
        }
        jdbc.update("delete from provisum.annual_account where case_id = ? and year = ? and submitted_on is null", caseId, year);
        List<Entry> entries = entries(principal.id(), from, to.plusDays(1));
        BigDecimal opening = balances.stream().map(Balance::openingOfYear).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal closing = balances.stream().map(Balance::closingOfYear).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal income = entries.stream().map(Entry::amount).filter(a -> a.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expenses = entries.stream().map(Entry::amount).filter(a -> a.signum() < 0).reduce(BigDecimal.ZERO, BigDecimal::add).negate();
        BigDecimal previousClosing = jdbc.query("""
                select aa.closing_total from provisum.annual_account aa join provisum.case_file c on c.id = aa.case_id
                 where c.principal_id = ? and aa.year = ? order by aa.id desc limit 1
                """, (rs, n) -> rs.getBigDecimal(1), principal.id(), year - 1).stream().findFirst().orElse(null);
        BigDecimal previous = previousClosing;
        boolean firstTime = jdbc.queryForObject("""
                select count(*) from provisum.annual_account aa join provisum.case_file c on c.id = aa.case_id where c.principal_id = ? and aa.year < ?
                """, Integer.class, principal.id(), year) == 0;
        boolean earlierRemarks = jdbc.queryForObject("""
                select count(*) from provisum.review r join provisum.annual_account aa on aa.id = r.annual_account_id
                  join provisum.case_file c on c.id = aa.case_id where c.principal_id = ? and r.outcome = 'REMARKS'
                """, Integer.class, principal.id()) > 0;
        if (finalAccount && !from.equals(LocalDate.of(year, 1, 1))) {
            previous = null;
        }
        long accountId = jdbc.queryForObject("""
                insert into provisum.annual_account (case_id, year, opening_total, income, expenses, closing_total, previous_closing, first_time,
                                                     earlier_remarks, period_start, period_end)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, caseId, year, opening, income, expenses, closing, previous, firstTime, earlierRemarks,
                finalAccount ? from : null, finalAccount ? to : null);
        List<Object[]> accountRows = new ArrayList<>();
        for (Balance balance : balances) {
            accountRows.add(new Object[] {accountId, balance.account().name(), balance.openingOfYear(), balance.closingOfYear(),
                    balance.statementId() != null});
        }
        jdbc.batchUpdate("insert into provisum.account (annual_account_id, name, opening, closing, proof_attached) values (?, ?, ?, ?, ?)", accountRows);
        List<Object[]> lines = new ArrayList<>();
        for (Entry entry : entries) {
            lines.add(new Object[] {accountId, entry.bookedOn(), entry.amount(), entry.category(), entry.text(),
                    !entry.needsProof() || entry.proofId() != null});
        }
        jdbc.batchUpdate("insert into provisum.transaction (annual_account_id, booked_on, amount, category, text, proof_attached) values (?, ?, ?, ?, ?, ?)",
                lines);
        jdbc.update("insert into provisum.register_entry (municipality_id, case_id, kind, title, registered_by) values (?, ?, 'ACCOUNT_COMPILED', ?, ?)",
                principal.municipalityId(), caseId, finalAccount ? "Sluträkning " + from + "–" + to + " sammanställd från bokföringen"
                        : "Årsräkning " + year + " sammanställd från bokföringen", by);
        return new Compiled(accountId, null);
    }
}
