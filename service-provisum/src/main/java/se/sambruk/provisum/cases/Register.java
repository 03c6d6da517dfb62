package se.sambruk.provisum.cases;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.provisum.rules.AssignmentRules;
import se.sambruk.provisum.rules.CaseType;
import se.sambruk.provisum.rules.Deadlines;
import se.sambruk.provisum.rules.Fees;
import se.sambruk.provisum.rules.SuitabilityCheck;

/**
 * The överförmyndare's register: principals, guardians, assignments, cases with their checklist
 * and the diarium. Every read takes the office's scope and answers only the municipalities it serves.
 */
@Repository("provisumRegister")
public class Register {

    public record Principal(long id, long municipalityId, PersonalIdentityNumber personnummer, String name) {
    }

    public record Guardian(long id, PersonalIdentityNumber personnummer, String name, String email, LocalDate suitabilityCheckedOn,
                           String suitabilityNote, boolean criminalRecordChecked, boolean debtsChecked, boolean interviewed) {

        public boolean suitabilityChecked() {
            return suitabilityCheckedOn != null && criminalRecordChecked && debtsChecked && interviewed;
        }
    }

    public record Assignment(long id, long principalId, String principalName, String guardianName, String kind, String scope,
                             String courtDecision, LocalDate startsOn, LocalDate endsOn) {
    }

    public record CaseRow(long id, long municipalityId, long principalId, String principalName, CaseType type, String status,
                          String caseworker, LocalDate openedOn, LocalDate dueOn, String diaryNumber) {

        public Deadlines.Action actionOn(LocalDate today) {
            return dueOn == null || "CLOSED".equals(status) ? Deadlines.Action.NONE : Deadlines.actionOn(dueOn, today);
        }
    }

    public record RegisterEntry(long id, java.time.OffsetDateTime registeredAt, String kind, String title, String registeredBy) {
    }

    /** The person is already registered (a plain exception, which the repository's exception translation leaves alone). */
    public static final class Duplicate extends RuntimeException {
        Duplicate() {
            super("duplicate", null, false, false);
        }
    }

    public record Workload(String caseworker, int open, int overdue) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    Register(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    private static MapSqlParameterSource in(Office.Scope scope) {
        return new MapSqlParameterSource("m", scope.municipalities());
    }

    private static Principal principal(ResultSet rs, int n) throws SQLException {
        return new Principal(rs.getLong("id"), rs.getLong("municipality_id"), new PersonalIdentityNumber(rs.getString("personnummer")),
                rs.getString("name"));
    }

    private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getLong("municipality_id"), rs.getLong("principal_id"), rs.getString("principal_name"),
                CaseType.valueOf(rs.getString("type")), rs.getString("status"), rs.getString("caseworker"),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("due_on", LocalDate.class), rs.getString("diary_number"));
    }

    private static final String CASES = """
            select c.*, p.name as principal_name from provisum.case_file c join provisum.principal p on p.id = c.principal_id
            """;

    public List<Principal> principals(Office.Scope scope, String query) {
        MapSqlParameterSource params = in(scope).addValue("q", "%" + (query == null ? "" : query.strip().toLowerCase()) + "%");
        return named.query("""
                select * from provisum.principal where municipality_id in (:m) and lower(name) like :q order by name limit 200
                """, params, Register::principal);
    }

    public Optional<Principal> principal(Office.Scope scope, long id) {
        return named.query("select * from provisum.principal where id = :id and municipality_id in (:m)",
                in(scope).addValue("id", id), Register::principal).stream().findFirst();
    }

    /** @throws Duplicate when the municipality already has the person as principal */
    @Transactional
    public long addPrincipal(Office.Scope scope, long municipalityId, PersonalIdentityNumber personnummer, String name) {
        if (!scope.covers(municipalityId)) {
            throw new IllegalArgumentException("The office does not serve municipality " + municipalityId);
        }
        Integer existing = jdbc.queryForObject("select count(*) from provisum.principal where municipality_id = ? and personnummer = ?",
                Integer.class, municipalityId, personnummer.value());
        if (existing != null && existing > 0) {
            throw new Duplicate();
        }
        return jdbc.queryForObject("insert into provisum.principal (municipality_id, personnummer, name) values (?, ?, ?) returning id",
                Long.class, municipalityId, personnummer.value(), name);
    }

    private static Guardian guardian(ResultSet rs, int n) throws SQLException {
        return new Guardian(rs.getLong("id"), new PersonalIdentityNumber(rs.getString("personnummer")), rs.getString("name"),
                rs.getString("email"), rs.getObject("suitability_checked_on", LocalDate.class), rs.getString("suitability_note"),
                rs.getBoolean("criminal_record_checked"), rs.getBoolean("debts_checked"), rs.getBoolean("interviewed"));
    }

    /** The office's guardians (a guardian belongs to the office that recruited them). */
    public List<Guardian> guardians(Office.Scope scope) {
        return jdbc.query("select * from provisum.guardian where office_id = ? order by name", Register::guardian, scope.user().organisationId());
    }

    public Optional<Guardian> guardian(Office.Scope scope, long id) {
        return jdbc.query("select * from provisum.guardian where id = ? and office_id = ?", Register::guardian, id,
                scope.user().organisationId()).stream().findFirst();
    }

    /** @throws Duplicate when the office already has the person as guardian */
    @Transactional
    public long addGuardian(Office.Scope scope, PersonalIdentityNumber personnummer, String name, String email, SuitabilityCheck check) {
        long office = scope.user().organisationId();
        Integer existing = jdbc.queryForObject("select count(*) from provisum.guardian where office_id = ? and personnummer = ?",
                Integer.class, office, personnummer.value());
        if (existing != null && existing > 0) {
            throw new Duplicate();
        }
        long id = jdbc.queryForObject("insert into provisum.guardian (office_id, personnummer, name, email) values (?, ?, ?, ?) returning id",
                Long.class, office, personnummer.value(), name, email);
        if (check.complete()) {
            recordSuitability(id, check);
        }
        return id;
    }

    /** Records a whole suitability check (all three parts on a date). */
    public void recordSuitability(long guardianId, SuitabilityCheck check) {
        if (!check.complete()) {
            throw new IllegalArgumentException("A suitability check is recorded only whole");
        }
        jdbc.update("""
                update provisum.guardian set suitability_checked_on = ?, suitability_note = ?, criminal_record_checked = true,
                       debts_checked = true, interviewed = true where id = ?
                """, check.checkedOn(), check.note() == null || check.note().isBlank() ? null : check.note().strip(), guardianId);
    }

    /**
     * Registers an assignment from the court's decision; with {@code openInventory}, also the case of
     * the inventory (förteckning) due two months from the start (FB 14 kap. 1 §). Answers the
     * inventory case's id, or the assignment's when none was opened.
     */
    @Transactional
    public long addAssignment(Office.Scope scope, Principal principal, Guardian guardian, AssignmentRules.Kind kind, String assignmentScope,
                              String courtDecision, LocalDate startsOn, LocalDate endsOn, boolean openInventory, LocalDate today) {
        long id = jdbc.queryForObject("""
                insert into provisum.assignment (principal_id, guardian_id, kind, scope, court_decision, starts_on, ends_on)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, principal.id(), guardian.id(), kind.name(), assignmentScope, courtDecision, startsOn, endsOn);
        register(principal.municipalityId(), null, "ASSIGNMENT", "Uppdrag " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " från " + startsOn + (courtDecision == null ? "" : ", " + courtDecision), scope.user().name());
        if (!openInventory) {
            return id;
        }
        long caseId = openCase(scope, principal, CaseType.FORTECKNING, startsOn, today);
        jdbc.update("update provisum.case_file set assignment_id = ? where id = ?", id, caseId);
        return caseId;
    }

    /** Gives the case to another caseworker of the office, registered in the diarium. */
    @Transactional
    public void assignCase(CaseRow caseRow, String caseworker, String by) {
        jdbc.update("update provisum.case_file set caseworker = ? where id = ?", caseworker, caseRow.id());
        register(caseRow.municipalityId(), caseRow.id(), "CASE_ASSIGNED", "Tilldelat " + caseworker, by);
    }

    /** The municipality's own fee rules (tasks without a row follow the defaults, see {@link Fees#rules}). */
    public Map<Fees.Task, BigDecimal> feeRules(long municipalityId) {
        Map<Fees.Task, BigDecimal> rules = new java.util.EnumMap<>(Fees.Task.class);
        jdbc.query("select task, share_percent from provisum.fee_rule where municipality_id = ?",
                rs -> { rules.put(Fees.Task.valueOf(rs.getString(1)), rs.getBigDecimal(2)); }, municipalityId);
        return rules;
    }

    @Transactional
    public void setFeeRules(long municipalityId, Map<Fees.Task, BigDecimal> shares, String by) {
        shares.forEach((task, share) -> jdbc.update("""
                insert into provisum.fee_rule (municipality_id, task, share_percent, updated_by) values (?, ?, ?, ?)
                on conflict (municipality_id, task) do update set share_percent = excluded.share_percent, updated_at = now(),
                   updated_by = excluded.updated_by
                """, municipalityId, task.name(), share, by));
    }

    public List<Assignment> assignments(Office.Scope scope, Long principalId) {
        return named.query("""
                select a.*, p.name as principal_name, g.name as guardian_name from provisum.assignment a
                  join provisum.principal p on p.id = a.principal_id join provisum.guardian g on g.id = a.guardian_id
                 where p.municipality_id in (:m) and (cast(:p as bigint) is null or a.principal_id = :p)
                 order by a.starts_on desc limit 500
                """, in(scope).addValue("p", principalId), (rs, n) -> new Assignment(rs.getLong("id"), rs.getLong("principal_id"),
                rs.getString("principal_name"), rs.getString("guardian_name"), rs.getString("kind"), rs.getString("scope"),
                rs.getString("court_decision"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)));
    }

    /** A guardian's assignments among the municipalities the office serves. */
    public List<Assignment> assignmentsOfGuardian(Office.Scope scope, long guardianId) {
        return named.query("""
                select a.*, p.name as principal_name, g.name as guardian_name from provisum.assignment a
                  join provisum.principal p on p.id = a.principal_id join provisum.guardian g on g.id = a.guardian_id
                 where p.municipality_id in (:m) and a.guardian_id = :g order by a.starts_on desc limit 500
                """, in(scope).addValue("g", guardianId), (rs, n) -> new Assignment(rs.getLong("id"), rs.getLong("principal_id"),
                rs.getString("principal_name"), rs.getString("guardian_name"), rs.getString("kind"), rs.getString("scope"),
                rs.getString("court_decision"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)));
    }

    public List<CaseRow> cases(Office.Scope scope, Long principalId) {
        return named.query(CASES + " where c.municipality_id in (:m) and (cast(:p as bigint) is null or c.principal_id = :p)"
                        + " order by c.status desc, c.due_on nulls last, c.id limit 500",
                in(scope).addValue("p", principalId), Register::caseRow);
    }

    /** Open cases whose deadline is today or has passed. */
    public List<CaseRow> dueByToday(Office.Scope scope, LocalDate today) {
        return named.query(CASES + " where c.municipality_id in (:m) and c.status = 'OPEN' and c.due_on <= :today order by c.due_on, c.id limit 200",
                in(scope).addValue("today", today), Register::caseRow);
    }

    public List<CaseRow> myCases(Office.Scope scope) {
        return named.query(CASES + " where c.municipality_id in (:m) and c.status = 'OPEN' and c.caseworker = :me order by c.due_on nulls last limit 200",
                in(scope).addValue("me", scope.user().name()), Register::caseRow);
    }

    public List<Workload> workload(Office.Scope scope, LocalDate today) {
        return named.query("""
                select coalesce(caseworker, '') as caseworker, count(*) as open, count(*) filter (where due_on < :today) as overdue
                  from provisum.case_file where municipality_id in (:m) and status = 'OPEN' group by 1 order by 2 desc, 1
                """, in(scope).addValue("today", today),
                (rs, n) -> new Workload(rs.getString("caseworker"), rs.getInt("open"), rs.getInt("overdue")));
    }

    public Optional<CaseRow> caseFile(Office.Scope scope, long id) {
        return named.query(CASES + " where c.id = :id and c.municipality_id in (:m)", in(scope).addValue("id", id), Register::caseRow)
                .stream().findFirst();
    }

    /** Opens a case for the principal, with its deadline counted from {@code from}, and registers it. */
    @Transactional
    public long openCase(Office.Scope scope, Principal principal, CaseType type, LocalDate from, LocalDate today) {
        long id = jdbc.queryForObject("""
                insert into provisum.case_file (municipality_id, principal_id, type, caseworker, opened_on, due_on, diary_number)
                values (?, ?, ?, ?, ?, ?, 'PROV-' || nextval('provisum.case_file_id_seq')) returning id
                """, Long.class, principal.municipalityId(), principal.id(), type.name(), scope.user().name(), today, Deadlines.dueFor(type, from));
        jdbc.update("update provisum.case_file set diary_number = ? where id = ?", "OF " + Year.from(today) + "-" + id, id);
        register(principal.municipalityId(), id, "CASE_OPENED", type.name(), scope.user().name());
        return id;
    }

    public Set<String> stepsDone(long caseId) {
        return Set.copyOf(jdbc.queryForList("select step_code from provisum.case_step where case_id = ?", String.class, caseId));
    }

    @Transactional
    public void markStep(CaseRow caseRow, String step, String by) {
        jdbc.update("insert into provisum.case_step (case_id, step_code, done_by) values (?, ?, ?) on conflict do nothing", caseRow.id(), step, by);
        if (stepsDone(caseRow.id()).containsAll(caseRow.type().steps().stream().map(CaseType.Step::code).toList())) {
            jdbc.update("update provisum.case_file set status = 'CLOSED', closed_at = now() where id = ?", caseRow.id());
            register(caseRow.municipalityId(), caseRow.id(), "CASE_CLOSED", caseRow.type().name(), by);
        }
    }

    public void register(long municipalityId, Long caseId, String kind, String title, String by) {
        jdbc.update("insert into provisum.register_entry (municipality_id, case_id, kind, title, registered_by) values (?, ?, ?, ?, ?)",
                municipalityId, caseId, kind, title, by);
    }

    public List<RegisterEntry> entries(long caseId) {
        return jdbc.query("select * from provisum.register_entry where case_id = ? order by registered_at, id", (rs, n) -> new RegisterEntry(
                rs.getLong("id"), rs.getObject("registered_at", java.time.OffsetDateTime.class), rs.getString("kind"), rs.getString("title"),
                rs.getString("registered_by")), caseId);
    }

    /** The guardian's inventory of a case (förteckning): items and the day it was submitted, if there is one. */
    public Map<String, Object> inventory(long caseId) {
        Map<String, Object> inventory = new java.util.HashMap<>();
        jdbc.query("select id, as_of, submitted_on from provisum.inventory where case_id = ?", rs -> {
            inventory.put("asOf", rs.getObject("as_of", LocalDate.class));
            inventory.put("submittedOn", rs.getObject("submitted_on", LocalDate.class));
            inventory.put("items", jdbc.queryForList("select kind, description, amount from provisum.inventory_item where inventory_id = ? order by kind, id",
                    rs.getLong("id")));
        }, caseId);
        return inventory;
    }

    public Optional<Integer> priceBaseAmount(int year) {
        return jdbc.queryForList("select amount from provisum.price_base_amount where year = ?", Integer.class, year).stream().findFirst();
    }

    public Map<Integer, Integer> priceBaseAmounts() {
        Map<Integer, Integer> amounts = new java.util.TreeMap<>();
        jdbc.query("select year, amount from provisum.price_base_amount", rs -> {
            amounts.put(rs.getInt(1), rs.getInt(2));
        });
        return amounts;
    }

    @Transactional
    public void decideFee(CaseRow caseRow, int year, String tasks, BigDecimal share, BigDecimal amount, LocalDate on, String by) {
        jdbc.update("insert into provisum.fee_decision (case_id, year, tasks, share_percent, amount, decided_on, decided_by) values (?, ?, ?, ?, ?, ?, ?)",
                caseRow.id(), year, tasks, share, amount, on, by);
        register(caseRow.municipalityId(), caseRow.id(), "FEE_DECISION", "Arvode " + year + ": " + amount.toPlainString() + " kr", by);
    }

    /** The office's decision on a consent or a withdrawal permission. */
    public void setPermission(CaseRow caseRow, String permission) {
        jdbc.update("update provisum.case_file set permission = ? where id = ?", permission, caseRow.id());
    }

    /** Marks the case's last fee decision as one for part of the year. */
    public void feePart(long caseId, LocalDate from, LocalDate to, se.sambruk.provisum.rules.PartYearFee.Share part, BigDecimal yearAmount) {
        jdbc.update("""
                update provisum.fee_decision set held_from = ?, held_to = ?, days_held = ?, days_in_year = ?, year_amount = ?
                 where id = (select max(id) from provisum.fee_decision where case_id = ?)
                """, from, to, part.daysHeld(), part.daysInYear(), yearAmount, caseId);
    }

    public List<Map<String, Object>> fees(long caseId) {
        return jdbc.queryForList("""
                select year, share_percent, amount, decided_on, decided_by, days_held, days_in_year, year_amount from provisum.fee_decision
                 where case_id = ? order by id
                """, caseId);
    }
}
