package se.sambruk.multifraga.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.ServiceAccess;
import se.sambruk.multifraga.followup.CaseDecisions;
import se.sambruk.multifraga.followup.DecisionForm;
import se.sambruk.multifraga.lookups.AnswerRow;
import se.sambruk.multifraga.lookups.Lookup;
import se.sambruk.multifraga.lookups.LookupForm;
import se.sambruk.multifraga.lookups.Lookups;

/** The look-up: the form and recent look-ups, the page that fills in as the agencies answer, one answer as a fragment. */
@Controller
class LookupController {

    private final Lookups lookups;
    private final ServiceAccess access;
    private final AuditLog audit;
    private final se.sambruk.multifraga.sources.SsbtekFake fake;
    private final CaseDecisions decisions;
    private final String defaultPurpose;
    private final String defaultLaw;

    LookupController(Lookups lookups, ServiceAccess access, AuditLog audit, se.sambruk.multifraga.sources.SsbtekFake fake, CaseDecisions decisions,
                     @Value("${sambruk.multifraga.default-purpose:Utredning av ansökan om ekonomiskt bistånd}") String defaultPurpose,
                     @Value("${sambruk.multifraga.default-law:}") String defaultLaw) {
        this.lookups = lookups;
        this.access = access;
        this.audit = audit;
        this.fake = fake;
        this.decisions = decisions;
        this.defaultPurpose = defaultPurpose;
        this.defaultLaw = defaultLaw;
    }

    @GetMapping("/multifraga")
    String start(Model model) {
        CurrentUser user = Caseworker.require(access);
        LocalDate today = LocalDate.now();
        LookupForm form = new LookupForm("", "", today.withDayOfMonth(1).minusMonths(2).toString(), today.toString(),
                lookups.sources().stream().map(s -> s.code()).toList(), defaultPurpose, defaultLaw);
        return page(user, form, model);
    }

    private String page(CurrentUser user, LookupForm form, Model model) {
        model.addAttribute("lookupForm", form);
        model.addAttribute("sources", lookups.sourcesFor(user));
        model.addAttribute("reviewer", user.hasRole(se.sambruk.multifraga.MultifragaModule.MF_REVIEWER));
        model.addAttribute("certificateAdmin", user.hasRole(se.sambruk.multifraga.MultifragaModule.MF_ADMIN));
        model.addAttribute("reportTypes", java.util.Arrays.stream(se.sambruk.multifraga.sources.ReportType.values())
                .filter(r -> user.hasRole(r.role())).toList());
        model.addAttribute("fake", fake.enabled());
        model.addAttribute("configured", lookups.ingivare(user.organisationId()).isPresent());
        model.addAttribute("recent", lookups.recent(user.organisationId(), 20));
        return "multifraga/start";
    }

    @PostMapping("/multifraga/lookups")
    String ask(@ModelAttribute("lookupForm") LookupForm form, BindingResult binding, Model model) {
        CurrentUser user = Caseworker.require(access);
        if (binding.hasErrors()) {
            return page(user, form, model);
        }
        LookupForm.Checked checked = form.check(LocalDate.now(), lookups::unknownSources, lookups::maxMonths);
        java.util.Optional<String[]> ingivare = lookups.ingivare(user.organisationId());
        if (ingivare.isEmpty()) {
            binding.reject("mf.error.notConfigured");
        }
        checked.errors().forEach((field, key) -> binding.rejectValue(field, key));
        if (!binding.hasFieldErrors("sources") && form.sources() != null && !lookups.notGranted(user, form.sources()).isEmpty()) {
            binding.rejectValue("sources", "mf.error.sourceNotGranted");
        }
        if (binding.hasErrors()) {
            return page(user, form, model);
        }
        long id = lookups.start(user, checked.request(), ingivare.get());
        return "redirect:/multifraga/lookups/" + id;
    }

    @GetMapping("/multifraga/lookups/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = Caseworker.require(access);
        Lookup lookup = lookups.find(user.organisationId(), id).orElseThrow(Caseworker.NotFound::new);
        model.addAttribute("decisionForm", new DecisionForm("", LocalDate.now().toString()));
        return render(user, lookup, model);
    }

    private String render(CurrentUser user, Lookup lookup, Model model) {
        List<AnswerRow> opened = lookups.answers(lookup);
        Set<Integer> protectedPersons = lookups.protectedPersons(lookup, opened);
        List<AnswerRow> answers = lookups.shown(opened, user, protectedPersons);
        Map<Integer, List<AnswerRow>> byPerson = new LinkedHashMap<>();
        for (AnswerRow row : answers) {
            byPerson.computeIfAbsent(row.personIndex(), k -> new ArrayList<>()).add(row);
        }
        model.addAttribute("fake", fake.enabled());
        model.addAttribute("lookup", lookup);
        model.addAttribute("byPerson", byPerson);
        model.addAttribute("pending", answers.stream().anyMatch(AnswerRow::pending));
        // one request asks for all the pending answers (the cards do not ask one by one)
        model.addAttribute("stillPending", answers.stream().filter(AnswerRow::pending).map(LookupController::key).toList());
        model.addAttribute("onePoll", true);
        model.addAttribute("protectedPersons", protectedPersons);
        model.addAttribute("decisions", decisions.ofCase(user.organisationId(), lookup.caseId()));
        model.addAttribute("outcomes", CaseDecisions.Outcome.values());
        audit.personalDataRead("multifraga.lookup.answers", lookup.id(), user.organisationId(),
                "ärende " + lookup.caseId() + "; syfte: " + lookup.purpose() + "; lagtext: " + lookup.law());
        return "multifraga/lookup";
    }

    /** What the page's one request for its pending answers may name: {@code <person>-<source>}, at most this many. */
    private static final java.util.regex.Pattern ANSWER_KEY = java.util.regex.Pattern.compile("\\d{1,2}-[A-Z]{2,12}");
    private static final int MAX_KEYS = 200;

    /**
     * All of a look-up's pending answers in one request (the page asks every 0.7 s while any is
     * pending, instead of once per answer): each answer that has arrived comes as an out-of-band
     * swap of its card, with the protected-identity notice, mark and the person's answers shown
     * again withheld when it reveals protected identity (as {@link #answer}); then the asking
     * element again, naming the answers still pending, or empty when none is. One audit entry
     * names the answers read.
     */
    @GetMapping("/multifraga/lookups/{id}/answers")
    String arrived(@PathVariable long id, @RequestParam(name = "pending", required = false) List<String> pending, Model model) {
        CurrentUser user = Caseworker.require(access);
        Lookup lookup = lookups.find(user.organisationId(), id).orElseThrow(Caseworker.NotFound::new);
        Set<String> keys = pending == null ? Set.of() : new java.util.LinkedHashSet<>(pending);
        if (keys.size() > MAX_KEYS || keys.stream().anyMatch(k -> k == null || !ANSWER_KEY.matcher(k).matches())) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "Ogiltiga svar att fråga efter");
        }
        List<AnswerRow> rows = lookups.answers(lookup, keys);
        List<AnswerRow> arrived = rows.stream().filter(r -> !r.pending()).toList();
        List<String> stillPending = rows.stream().filter(AnswerRow::pending).map(LookupController::key).toList();
        Set<Integer> protectedPersons = arrived.isEmpty() ? Set.of() : lookups.protectedPersons(lookup);
        List<AnswerRow> shown = lookups.shown(arrived, user, protectedPersons);
        Set<Integer> revealing = arrived.stream().filter(r -> r.answer().protectedIdentity()).map(AnswerRow::personIndex)
                .collect(java.util.stream.Collectors.toSet());
        List<AnswerRow> reshown = List.of();
        if (!revealing.isEmpty()) {
            // The person's answers already on the page are shown again, withheld (those arriving now are withheld already).
            Set<String> now = arrived.stream().map(LookupController::key).collect(java.util.stream.Collectors.toSet());
            reshown = lookups.shown(lookups.answers(lookup), user, protectedPersons).stream()
                    .filter(r -> revealing.contains(r.personIndex()) && !r.pending() && !now.contains(key(r))).toList();
        }
        if (!shown.isEmpty()) {
            audit.personalDataRead("multifraga.lookup.answer", id, user.organisationId(),
                    String.join(", ", shown.stream().map(r -> r.source() + " för person " + r.personMasked()).toList())
                            + "; syfte: " + lookup.purpose() + "; lagtext: " + lookup.law()
                            + (reshown.isEmpty() ? "" : "; visade om (skyddad identitet): "
                            + String.join(",", reshown.stream().map(AnswerRow::source).toList())));
        }
        model.addAttribute("lookup", lookup);
        model.addAttribute("arrivedRows", shown);
        model.addAttribute("reshownRows", reshown);
        model.addAttribute("oob", !shown.isEmpty() && !protectedPersons.isEmpty());
        model.addAttribute("protectedPersons", protectedPersons);
        model.addAttribute("stillPending", stillPending);
        return "multifraga/lookup :: arrivedUpdate";
    }

    private static String key(AnswerRow row) {
        return row.personIndex() + "-" + row.source();
    }

    /** Records the decision made in the look-up's case (for the log review's "look-ups without a following decision"). */
    @PostMapping("/multifraga/lookups/{id}/beslut")
    String decide(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding, Model model) {
        CurrentUser user = Caseworker.require(access);
        Lookup lookup = lookups.find(user.organisationId(), id).orElseThrow(Caseworker.NotFound::new);
        if (binding.hasErrors()) {
            return render(user, lookup, model);
        }
        DecisionForm.Checked checked = form.check(LocalDate.now(), lookup.askedAt().atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm")).toLocalDate());
        checked.errors().forEach(binding::rejectValue);
        if (binding.hasErrors()) {
            return render(user, lookup, model);
        }
        long decision = decisions.record(user.organisationId(), lookup.caseId(), checked.outcome(), checked.decidedOn(), user.name());
        audit.personalDataChanged("multifraga.case_decision", decision, user.organisationId(),
                "beslut i ärende " + lookup.caseId() + ": " + checked.outcome() + " " + checked.decidedOn());
        return "redirect:/multifraga/lookups/" + id;
    }

    @GetMapping("/multifraga/lookups/{id}/answers/{person}/{source}")
    String answer(@PathVariable long id, @PathVariable int person, @PathVariable String source, Model model) {
        CurrentUser user = Caseworker.require(access);
        Lookup lookup = lookups.find(user.organisationId(), id).orElseThrow(Caseworker.NotFound::new);
        AnswerRow opened = lookups.answer(lookup, person, source).orElseThrow(Caseworker.NotFound::new);
        // A pending answer holds nothing to withhold; an answered one needs the look-up's protected persons, found without opening every answer.
        Set<Integer> protectedPersons = opened.pending() ? Set.of() : lookups.protectedPersons(lookup);
        AnswerRow row = lookups.shown(List.of(opened), user, protectedPersons).get(0);
        List<AnswerRow> reshown = List.of();
        if (opened.answer().protectedIdentity()) {
            // This answer is the one that shows protected identity: the person's answers already on the page are shown again, withheld.
            reshown = lookups.shown(lookups.answers(lookup), user, protectedPersons).stream()
                    .filter(r -> r.personIndex() == person && !r.pending() && !r.source().equals(source)).toList();
        }
        if (!row.pending()) {
            audit.personalDataRead("multifraga.lookup.answer", id, user.organisationId(),
                    source + " för person " + row.personMasked() + "; syfte: " + lookup.purpose() + "; lagtext: " + lookup.law()
                            + (reshown.isEmpty() ? "" : "; visade om (skyddad identitet): "
                            + String.join(",", reshown.stream().map(AnswerRow::source).toList())));
        }
        model.addAttribute("lookup", lookup);
        model.addAttribute("row", row);
        model.addAttribute("oob", !row.pending() && !protectedPersons.isEmpty());
        model.addAttribute("protectedPersons", protectedPersons);
        model.addAttribute("reshownRows", reshown);
        return "multifraga/lookup :: answerUpdate";
    }
}
