package se.sambruk.provisum.eservice;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import se.sambruk.core.AuditLog;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.residents.EService;
import se.sambruk.core.residents.SignatureRequest;
import se.sambruk.core.residents.Signatures;

/**
 * The guardians' e-service (first part): a guardian signed in with e-legitimation sees their
 * assignments and the annual accounts of their principals, and submits an annual account by
 * signing it, when the balance equation holds; where two guardians share the assignment, it counts
 * as submitted once both have signed the same content.
 */
@Controller
class GuardianEService {

    @Configuration
    static class Declaration {
        @Bean
        EService provisumEService() {
            return new EService("provisum", "provisum.eservice.name", "provisum.eservice.description");
        }
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotYours extends RuntimeException {
        NotYours() {
            super("No such annual account among the guardian's assignments");
        }
    }

    record Account(long id, long caseId, long municipalityId, String principalName, int year, BigDecimal opening, BigDecimal income,
                   BigDecimal expenses, BigDecimal closing, LocalDate submittedOn, LocalDate periodStart, LocalDate periodEnd) {

        /** A sluträkning (final account) has its period; an annual account covers the year. */
        public boolean finalAccount() {
            return periodEnd != null;
        }

        public boolean balances() {
            return opening.add(income).subtract(expenses).compareTo(closing) == 0;
        }

        /** What the guardian signs: the figures in a fixed order. */
        public byte[] canonicalBytes() {
            return ((finalAccount() ? "slutrakning;" + periodStart + ";" + periodEnd + ";" : "arsrakning;") + id + ";" + year + ";" + opening.toPlainString() + ";" + income.toPlainString() + ";"
                    + expenses.toPlainString() + ";" + closing.toPlainString()).getBytes(StandardCharsets.UTF_8);
        }
    }

    private final JdbcTemplate jdbc;
    private final Signatures signatures;
    private final AuditLog audit;
    private final Clock clock;
    private final se.sambruk.provisum.consent.Consents consents;

    private final se.sambruk.provisum.decisions.Decisions decisions;
    private final se.sambruk.provisum.bookkeeping.Bookkeeping books;

    GuardianEService(JdbcTemplate jdbc, Signatures signatures, AuditLog audit, Clock clock, se.sambruk.provisum.consent.Consents consents,
                     se.sambruk.provisum.decisions.Decisions decisions, se.sambruk.provisum.bookkeeping.Bookkeeping books) {
        this.books = books;
        this.consents = consents;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.signatures = signatures;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/e-tjanster/provisum")
    String start(CurrentResident resident, Model model) {
        String pnr = resident.personalIdentityNumber().value();
        List<Map<String, Object>> assignments = jdbc.queryForList("""
                select a.kind, a.scope, a.starts_on, a.ends_on, p.id as principal_id, p.name as principal from provisum.assignment a
                  join provisum.guardian g on g.id = a.guardian_id join provisum.principal p on p.id = a.principal_id
                 where g.personnummer = ? and (a.ends_on is null or a.ends_on >= ?) order by p.name
                """, pnr, LocalDate.now(clock));
        List<Map<String, Object>> accounts = jdbc.queryForList("""
                select distinct aa.id, aa.year, aa.submitted_on, aa.period_end, p.name as principal from provisum.annual_account aa
                  join provisum.case_file c on c.id = aa.case_id join provisum.principal p on p.id = c.principal_id
                  join provisum.assignment a on a.principal_id = p.id join provisum.guardian g on g.id = a.guardian_id
                 where g.personnummer = ? order by aa.year desc, p.name
                """, pnr);
        model.addAttribute("inventories", jdbc.queryForList("""
                select distinct c.id, p.name as principal, c.due_on from provisum.case_file c join provisum.principal p on p.id = c.principal_id
                  join provisum.assignment a on a.principal_id = p.id join provisum.guardian g on g.id = a.guardian_id
                 where g.personnummer = ? and c.type = 'FORTECKNING' and c.status = 'OPEN' and (a.ends_on is null or a.ends_on >= ?)
                 order by c.due_on
                """, pnr, LocalDate.now(clock)));
        model.addAttribute("assignments", assignments);
        model.addAttribute("accounts", accounts);
        model.addAttribute("consents", consents.forPrincipal(pnr));
        model.addAttribute("decisions", decisions.forGuardian(pnr, LocalDate.now(clock)));
        model.addAttribute("finals", books.endedAssignments(pnr, LocalDate.now(clock)));
        audit.record(se.sambruk.core.AuditAction.PERSONAL_DATA_READ, "resident:" + resident.id(), null, "provisum.guardian.assignments",
                null, null, assignments.size() + " assignments");
        return "provisum/eservice/start";
    }

    private Account account(long id, CurrentResident resident) {
        Optional<Account> found = jdbc.query("""
                select aa.*, c.municipality_id, p.name as principal from provisum.annual_account aa
                  join provisum.case_file c on c.id = aa.case_id join provisum.principal p on p.id = c.principal_id
                 where aa.id = ? and exists (select 1 from provisum.assignment a join provisum.guardian g on g.id = a.guardian_id
                                              where a.principal_id = p.id and g.personnummer = ?)
                """, (rs, n) -> new Account(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("municipality_id"), rs.getString("principal"),
                rs.getInt("year"), rs.getBigDecimal("opening_total"), rs.getBigDecimal("income"), rs.getBigDecimal("expenses"),
                rs.getBigDecimal("closing_total"), rs.getObject("submitted_on", LocalDate.class), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class)), id, resident.personalIdentityNumber().value())
                .stream().findFirst();
        return found.orElseThrow(NotYours::new);
    }

    /** The guardians (ids) of the principal's current assignments: each one signs. */
    private List<Long> guardiansOf(Account account) {
        if (account.finalAccount()) {
            // the final account is signed by the guardians whose assignment ended on its last day
            return jdbc.queryForList("""
                    select distinct a.guardian_id from provisum.assignment a join provisum.case_file c on c.principal_id = a.principal_id
                     where c.id = ? and a.ends_on = ? order by 1
                    """, Long.class, account.caseId(), account.periodEnd());
        }
        return jdbc.queryForList("""
                select distinct a.guardian_id from provisum.assignment a join provisum.case_file c on c.principal_id = a.principal_id
                 where c.id = ? and (a.ends_on is null or a.ends_on >= ?) order by 1
                """, Long.class, account.caseId(), LocalDate.now(clock));
    }

    private long guardianId(Account account, CurrentResident resident) {
        return jdbc.queryForObject("""
                select min(g.id) from provisum.guardian g join provisum.assignment a on a.guardian_id = g.id
                  join provisum.case_file c on c.principal_id = a.principal_id where c.id = ? and g.personnummer = ?
                """, Long.class, account.caseId(), resident.personalIdentityNumber().value());
    }

    private static String documentRef(Account account, long guardianId) {
        return "arsrakning/" + account.id() + "/" + guardianId;
    }

    @GetMapping("/e-tjanster/provisum/arsrakningar/{id}")
    String show(@PathVariable long id, CurrentResident resident, Model model) {
        Account account = account(id, resident);
        List<Long> guardians = guardiansOf(account);
        long signed = guardians.stream()
                .filter(g -> signatures.valid("provisum", documentRef(account, g), account.canonicalBytes()).isPresent()).count();
        if (account.submittedOn() == null && account.balances() && !guardians.isEmpty() && signed == guardians.size()) {
            jdbc.update("update provisum.annual_account set submitted_on = ? where id = ? and submitted_on is null", LocalDate.now(clock), id);
            jdbc.update("insert into provisum.register_entry (municipality_id, case_id, kind, title, registered_by) values (?, ?, 'SUBMITTED', ?, ?)",
                    account.municipalityId(), account.caseId(), (account.finalAccount() ? "Sluträkning " + account.periodStart() + "–" + account.periodEnd()
                            : "Årsräkning " + account.year()) + " inlämnad och signerad", "resident:" + resident.id());
            return "redirect:/e-tjanster/provisum/arsrakningar/" + id;
        }
        model.addAttribute("account", account);
        model.addAttribute("signedCount", signed);
        model.addAttribute("guardianCount", guardians.size());
        model.addAttribute("mySignature", signatures.valid("provisum", documentRef(account, guardianId(account, resident)),
                account.canonicalBytes()).orElse(null));
        audit.record(se.sambruk.core.AuditAction.PERSONAL_DATA_READ, "resident:" + resident.id(), null, "provisum.annual-account", id,
                account.municipalityId(), "guardian's view");
        return "provisum/eservice/account";
    }

    @PostMapping("/e-tjanster/provisum/arsrakningar/{id}/signera")
    String sign(@PathVariable long id, CurrentResident resident, Model model, HttpServletResponse response) {
        Account account = account(id, resident);
        if (!account.balances() || account.submittedOn() != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("signError", true);
            model.addAttribute("account", account);
            model.addAttribute("signedCount", 0L);
            model.addAttribute("guardianCount", guardiansOf(account).size());
            model.addAttribute("mySignature", null);
            return "provisum/eservice/account";
        }
        String summary = (account.finalAccount() ? "Sluträkning " + account.periodStart() + "–" + account.periodEnd() : "Årsräkning " + account.year()) + " för " + account.principalName() + ": utgående behållning "
                + account.closing().toPlainString() + " kr";
        return "redirect:" + signatures.request(new SignatureRequest("provisum", documentRef(account, guardianId(account, resident)), summary,
                account.canonicalBytes(), "/e-tjanster/provisum/arsrakningar/" + id));
    }
}
