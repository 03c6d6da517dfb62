package se.sambruk.provisum.eservice;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.documents.Attachment;
import se.sambruk.core.documents.Attachments;
import se.sambruk.core.documents.FileType;
import se.sambruk.core.documents.RefusedFile;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.provisum.bookkeeping.Bookkeeping;
import se.sambruk.provisum.bookkeeping.Categories;
import se.sambruk.provisum.bookkeeping.StatementFile;

/**
 * The guardian's bookkeeping in the e-service: a principal's accounts and the year's transactions,
 * typed or imported from the bank's statement (CSV or camt.053; a file with any error imports
 * nothing; lines already imported are recognised), proof of expenses and of each year-end balance
 * (the core's attachments), and the annual account compiled from it. Only a current guardian of
 * the principal reaches it; anyone else gets 404. Every read and change is audited.
 */
@Controller
@RequestMapping("/e-tjanster/provisum/huvudman/{principalId}")
class BookkeepingController {

    static final String SERVICE = "provisum";

    private final Bookkeeping books;
    private final Attachments attachments;
    private final AuditLog audit;
    private final Clock clock;

    BookkeepingController(Bookkeeping books, Attachments attachments, AuditLog audit, Clock clock) {
        this.books = books;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Bookkeeping.Principal principal(long principalId, CurrentResident resident) {
        return books.principalOf(resident.personalIdentityNumber().value(), principalId, today()).orElseThrow(GuardianEService.NotYours::new);
    }

    private static String actor(CurrentResident resident) {
        return "resident:" + resident.id();
    }

    private void changed(CurrentResident resident, Bookkeeping.Principal principal, String detail) {
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, actor(resident), null, "provisum.bookkeeping", principal.id(), principal.municipalityId(), detail);
    }

    private int year(String ar) {
        int thisYear = today().getYear();
        if (ar == null || ar.isBlank()) {
            return thisYear;
        }
        try {
            int year = Integer.parseInt(ar.strip());
            if (year >= 2000 && year <= thisYear + 1) {
                return year;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new BadYear();
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
    static final class BadYear extends RuntimeException {
        BadYear() {
            super("The year is 2000 up to next year", null, false, false);
        }
    }

    private static String ref(long principalId) {
        return "bookkeeping:" + principalId + ":";
    }

    @GetMapping("/bokforing")
    String show(@PathVariable long principalId, @RequestParam(required = false) String ar, CurrentResident resident, Model model) {
        Bookkeeping.Principal principal = principal(principalId, resident);
        int year = year(ar);
        List<Bookkeeping.Entry> entries = books.entries(principal.id(), year);
        model.addAttribute("principal", principal);
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(year - 1, year, year + 1).stream().filter(y -> y <= today().getYear() + 1).toList());
        model.addAttribute("accounts", books.accounts(principal.id()));
        model.addAttribute("balances", books.balances(principal.id(), year));
        model.addAttribute("entries", entries);
        model.addAttribute("categories", Categories.ALL);
        model.addAttribute("maxMb", attachments.maxSize() / (1024 * 1024));
        model.addAttribute("income", entries.stream().map(Bookkeeping.Entry::amount).filter(a -> a.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("expenses", entries.stream().map(Bookkeeping.Entry::amount).filter(a -> a.signum() < 0).reduce(BigDecimal.ZERO, BigDecimal::add).negate());
        model.addAttribute("missingProofs", entries.stream().filter(e -> e.needsProof() && e.proofId() == null).count());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        audit.record(AuditAction.PERSONAL_DATA_READ, actor(resident), null, "provisum.bookkeeping", principal.id(), principal.municipalityId(),
                "bookkeeping " + year + ", " + entries.size() + " entries");
        return "provisum/eservice/bookkeeping";
    }

    private String again(long principalId, int year, CurrentResident resident, Model model, HttpServletResponse response, Map<String, String> errors,
                         Map<String, String> form) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return show(principalId, String.valueOf(year), resident, model);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static BigDecimal amount(String value) {
        String text = text(value).replaceAll("[\\s\u00a0]", "").replace('\u2212', '-').replace(',', '.');
        BigDecimal amount = new BigDecimal(text);
        if (amount.scale() > 2 || amount.abs().compareTo(new BigDecimal("1000000000")) >= 0) {
            throw new NumberFormatException(text);
        }
        return amount;
    }

    @PostMapping("/konton")
    String addAccount(@PathVariable long principalId, @RequestParam(required = false) String namn, @RequestParam(required = false) String kontonummer,
                      @RequestParam(required = false) String ar, @RequestParam(required = false) String ingaende, CurrentResident resident, Model model,
                      HttpServletResponse response) {
        Bookkeeping.Principal principal = principal(principalId, resident);
        int year = year(ar);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = text(namn);
        if (name.isEmpty() || name.length() > 100) {
            errors.put("account-name", "provisum.book.account.name.invalid");
        }
        if (text(kontonummer).length() > 40) {
            errors.put("account-number", "provisum.book.account.number.invalid");
        }
        BigDecimal opening = null;
        try {
            opening = amount(ingaende);
        } catch (NumberFormatException e) {
            errors.put("account-opening", "provisum.book.amount.invalid");
        }
        if (errors.isEmpty()) {
            try {
                books.addAccount(principal.id(), name, text(kontonummer).isEmpty() ? null : text(kontonummer), year, opening);
                changed(resident, principal, "account added");
                return "redirect:/e-tjanster/provisum/huvudman/" + principalId + "/bokforing?ar=" + year;
            } catch (Bookkeeping.Duplicate duplicate) {
                errors.put("account-name", "provisum.book.account.duplicate");
            }
        }
        return again(principalId, year, resident, model, response, errors, Map.of("namn", name, "kontonummer", text(kontonummer), "ingaende", text(ingaende)));
    }

    @PostMapping("/poster")
    String addEntry(@PathVariable long principalId, @RequestParam(required = false) String konto, @RequestParam(required = false) String datum,
                    @RequestParam(required = false) String belopp, @RequestParam(required = false) String kategori,
                    @RequestParam(required = false) String text, CurrentResident resident, Model model, HttpServletResponse response) {
        Bookkeeping.Principal principal = principal(principalId, resident);
        Map<String, String> errors = new LinkedHashMap<>();
        Bookkeeping.Account account = null;
        try {
            account = books.account(principal.id(), Long.parseLong(text(konto))).orElse(null);
        } catch (NumberFormatException e) {
            account = null;
        }
        if (account == null) {
            errors.put("entry-account", "provisum.book.entry.account.invalid");
        }
        LocalDate day = null;
        try {
            day = LocalDate.parse(text(datum));
            if (day.isAfter(today()) || day.getYear() < 2000) {
                errors.put("entry-date", "provisum.book.entry.date.invalid");
            }
        } catch (DateTimeParseException e) {
            errors.put("entry-date", "provisum.book.entry.date.invalid");
        }
        BigDecimal sum = null;
        try {
            sum = amount(belopp);
            if (sum.signum() == 0) {
                errors.put("entry-amount", "provisum.book.amount.invalid");
            }
        } catch (NumberFormatException e) {
            errors.put("entry-amount", "provisum.book.amount.invalid");
        }
        if (!Categories.ALL.contains(text(kategori))) {
            errors.put("entry-category", "provisum.book.entry.category.invalid");
        }
        if (text(text).length() > 300) {
            errors.put("entry-text", "provisum.book.entry.text.invalid");
        }
        int year = day == null || errors.containsKey("entry-date") ? today().getYear() : day.getYear();
        if (!errors.isEmpty()) {
            return again(principalId, year, resident, model, response, errors, Map.of("konto", text(konto), "datum", text(datum), "belopp", text(belopp),
                    "kategori", text(kategori), "text", text(text)));
        }
        books.addEntry(account.id(), day, sum, text(kategori), text(text));
        changed(resident, principal, "entry added");
        return "redirect:/e-tjanster/provisum/huvudman/" + principalId + "/bokforing?ar=" + year + "#entries";
    }

    @PostMapping("/poster/{entryId}/kategori")
    String category(@PathVariable long principalId, @PathVariable long entryId, @RequestParam(required = false) String kategori,
                    CurrentResident resident) {
        Bookkeeping.Principal principal = principal(principalId, resident);
        Bookkeeping.Entry entry = books.entry(principal.id(), entryId).orElseThrow(GuardianEService.NotYours::new);
        if (!Categories.ALL.contains(text(kategori))) {
            throw new BadYear();
        }
        books.setCategory(entry.id(), text(kategori));
        changed(resident, principal, "entry category " + kategori);
        return "redirect:/e-tjanster/provisum/huvudman/" + principalId + "/bokforing?ar=" + entry.bookedOn().getYear() + "#entries";
    }

    @PostMapping("/poster/{entryId}/verifikat")
    String proof(@PathVariable long principalId, @PathVariable long entryId, @RequestParam(name = "fil", required = false) MultipartFile file,
                 CurrentResident resident, Model model, HttpServletResponse response) {
        Bookkeeping.Principal principal = principal(principalId, resident);
        Bookkeeping.Entry entry = books.entry(principal.id(), entryId).orElseThrow(GuardianEService.NotYours::new);
        try {
            Attachment saved = attachments.store(principal.municipalityId(), SERVICE, ref(principalId) + "entry:" + entryId, file, FileType.DOCUMENTS);
            books.setProof(entry.id(), saved.id());
            changed(resident, principal, "proof attached to entry " + entryId);
            return "redirect:/e-tjanster/provisum/huvudman/" + principalId + "/bokforing?ar=" + entry.bookedOn().getYear() + "#entries";
        } catch (RefusedFile refused) {
            model.addAttribute("fileError", refused.getMessage());
            return again(principalId, entry.bookedOn().getYear(), resident, model, response, Map.of(), Map.of());
        }
    }

    @PostMapping("/konton/{accountId}/kontoutdrag")
    String statement(@PathVariable long principalId, @PathVariable long accountId, @RequestParam(required = false) String ar,
                     @RequestParam(name = "fil", required = false) MultipartFile file, CurrentResident resident, Model model, HttpServletResponse response) {
        Bookkeeping.Principal principal = principal(principalId, resident);
        Bookkeeping.Account account = books.account(principal.id(), accountId).orElseThrow(GuardianEService.NotYours::new);
        int year = year(ar);
        try {
            Attachment saved = attachments.store(principal.municipalityId(), SERVICE, ref(principalId) + "statement:" + accountId + ":" + year, file,
                    FileType.DOCUMENTS);
            books.setStatement(account.id(), year, saved.id());
            changed(resident, principal, "statement " + year + " attached to account " + accountId);
            return "redirect:/e-tjanster/provisum/huvudman/" + principalId + "/bokforing?ar=" + year;
        } catch (RefusedFile refused) {
            model.addAttribute("fileError", refused.getMessage());
            return again(principalId, year, resident, model, response, Map.of(), Map.of());
        }
    }

    /** Imports a bank statement into the account: all lines or, with any error, none. */
    @PostMapping("/konton/{accountId}/import")
    String importStatement(@PathVariable long principalId, @PathVariable long accountId, @RequestParam(name = "fil", required = false) MultipartFile file,
                           CurrentResident resident, Model model, HttpServletResponse response) throws IOException {
        Bookkeeping.Principal principal = principal(principalId, resident);
        Bookkeeping.Account account = books.account(principal.id(), accountId).orElseThrow(GuardianEService.NotYours::new);
        if (file != null && file.getSize() > attachments.maxSize()) {
            model.addAttribute("importErrors", List.of("Filen är större än " + attachments.maxSize() / (1024 * 1024) + " MB."));
            return again(principalId, today().getYear(), resident, model, response, Map.of(), Map.of());
        }
        StatementFile statement = StatementFile.read(file == null ? null : file.getBytes());
        List<String> errors = new java.util.ArrayList<>(statement.errors());
        statement.lines().stream().filter(l -> l.bookedOn().isAfter(today()) || l.bookedOn().getYear() < 2000).findFirst()
                .ifPresent(l -> errors.add("Raden från " + l.bookedOn() + " har ett datum som inte kan bokföras."));
        if (!statement.ok() || !errors.isEmpty()) {
            model.addAttribute("importErrors", errors.size() > 50 ? errors.subList(0, 50) : errors);
            return again(principalId, today().getYear(), resident, model, response, Map.of(), Map.of());
        }
        Bookkeeping.Imported imported = books.importLines(account.id(), statement.lines());
        changed(resident, principal, statement.format() + " import: " + imported.added() + " added, " + imported.duplicates() + " already there");
        int year = statement.lines().get(statement.lines().size() - 1).bookedOn().getYear();
        return "redirect:/e-tjanster/provisum/huvudman/" + principalId + "/bokforing?ar=" + year + "&importerade=" + imported.added()
                + "&dubbletter=" + imported.duplicates();
    }

    @GetMapping("/bilagor/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long principalId, @PathVariable long attachmentId, CurrentResident resident) {
        Bookkeeping.Principal principal = principal(principalId, resident);
        attachments.info(attachmentId, principal.municipalityId(), SERVICE).filter(a -> a.ownerRef().startsWith(ref(principalId)))
                .orElseThrow(GuardianEService.NotYours::new);
        audit.record(AuditAction.PERSONAL_DATA_READ, actor(resident), null, "attachment", attachmentId, principal.municipalityId(), "guardian's proof");
        return attachments.download(attachmentId, principal.municipalityId(), SERVICE);
    }

    /** Compiles the year's annual account from the bookkeeping and opens it for signing. */
    @PostMapping("/arsrakning")
    String compile(@PathVariable long principalId, @RequestParam(required = false) String ar, CurrentResident resident, Model model,
                   HttpServletResponse response) {
        Bookkeeping.Principal principal = principal(principalId, resident);
        int year = year(ar);
        Bookkeeping.Compiled compiled = books.compile(principal, year, actor(resident), today());
        if (compiled.refusal() != null && compiled.annualAccountId() == null) {
            model.addAttribute("compileError", "provisum.book.compile." + compiled.refusal());
            return again(principalId, year, resident, model, response, Map.of(), Map.of());
        }
        changed(resident, principal, "annual account " + year + " compiled");
        return "redirect:/e-tjanster/provisum/arsrakningar/" + compiled.annualAccountId();
    }
}
