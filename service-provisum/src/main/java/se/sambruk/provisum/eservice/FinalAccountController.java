package se.sambruk.provisum.eservice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.provisum.bookkeeping.Bookkeeping;
import se.sambruk.provisum.rules.Deadlines;

/**
 * The sluträkning (final account) in the guardians' e-service: a guardian whose assignment has
 * ended (within the last year) sees the period from 1 January of the last year, or the assignment's
 * first day, up to its last day, the accounts' balances and the period's income and expenses from
 * the bookkeeping, and compiles it into the office's sluträkning case, due a month after the end;
 * it is then signed and submitted like the annual account (by each guardian whose assignment ended
 * that day). Nobody else reaches it (404).
 */
@Controller
class FinalAccountController {

    private final Bookkeeping books;
    private final AuditLog audit;
    private final Clock clock;

    FinalAccountController(Bookkeeping books, AuditLog audit, Clock clock) {
        this.books = books;
        this.audit = audit;
        this.clock = clock;
    }

    private Bookkeeping.Ended ended(long principalId, CurrentResident resident) {
        return books.endedAssignment(resident.personalIdentityNumber().value(), principalId, LocalDate.now(clock))
                .orElseThrow(GuardianEService.NotYours::new);
    }

    private static LocalDate from(Bookkeeping.Ended ended) {
        LocalDate yearStart = LocalDate.of(ended.endedOn().getYear(), 1, 1);
        return ended.startedOn().isAfter(yearStart) ? ended.startedOn() : yearStart;
    }

    @GetMapping("/e-tjanster/provisum/huvudman/{principalId}/slutrakning")
    String show(@PathVariable long principalId, CurrentResident resident, Model model) {
        Bookkeeping.Ended ended = ended(principalId, resident);
        LocalDate from = from(ended);
        List<Bookkeeping.Entry> entries = books.entries(principalId, from, ended.endedOn().plusDays(1));
        model.addAttribute("ended", ended);
        model.addAttribute("from", from);
        model.addAttribute("due", Deadlines.finalAccountDue(ended.endedOn()));
        model.addAttribute("balances", books.balances(principalId, from, ended.endedOn().plusDays(1), ended.endedOn().getYear()));
        model.addAttribute("income", entries.stream().map(Bookkeeping.Entry::amount).filter(a -> a.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("expenses", entries.stream().map(Bookkeeping.Entry::amount).filter(a -> a.signum() < 0).reduce(BigDecimal.ZERO, BigDecimal::add)
                .negate());
        model.addAttribute("entryCount", entries.size());
        audit.record(AuditAction.PERSONAL_DATA_READ, "resident:" + resident.id(), null, "provisum.bookkeeping", principalId,
                ended.principal().municipalityId(), "final account " + from + " to " + ended.endedOn());
        return "provisum/eservice/final-account";
    }

    @PostMapping("/e-tjanster/provisum/huvudman/{principalId}/slutrakning")
    String compile(@PathVariable long principalId, CurrentResident resident, Model model, HttpServletResponse response) {
        Bookkeeping.Ended ended = ended(principalId, resident);
        Bookkeeping.Compiled compiled = books.compileFinal(ended.principal(), ended.startedOn(), ended.endedOn(), "resident:" + resident.id(),
                LocalDate.now(clock));
        if (compiled.annualAccountId() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("compileError", "provisum.book.compile." + compiled.refusal());
            return show(principalId, resident, model);
        }
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, "resident:" + resident.id(), null, "provisum.bookkeeping", principalId,
                ended.principal().municipalityId(), "final account compiled");
        return "redirect:/e-tjanster/provisum/arsrakningar/" + compiled.annualAccountId();
    }
}
