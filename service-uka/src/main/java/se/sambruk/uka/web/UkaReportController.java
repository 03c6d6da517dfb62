package se.sambruk.uka.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.Municipalities;
import se.sambruk.core.documents.Csv;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.documents.PersonalData;
import se.sambruk.core.documents.Table;
import se.sambruk.core.documents.Xlsx;
import se.sambruk.uka.people.CodeLists;
import se.sambruk.uka.people.Register;
import se.sambruk.uka.report.ReportPeriod;
import se.sambruk.uka.report.ReportPeriods;
import se.sambruk.uka.report.ScbCheck;
import se.sambruk.uka.report.ScbChecks;
import se.sambruk.uka.report.ScbFile;
import se.sambruk.uka.report.ScbReport;

/**
 * The SCB report (skollagen 29 kap. 9 §, förordning 2006:39): SCB's half-year periods, per period the
 * people and what the file will say, the checks SCB's import makes with a link to fix each problem,
 * the downloads, and freezing: the files stored with the period and given back unchanged. Every
 * view and download of the rows is audited.
 */
@Controller
class UkaReportController {

    static final String TARGET = "uka.report";

    private final ReportPeriods periods;
    private final Register register;
    private final Municipalities municipalities;
    private final Downloads downloads;
    private final AuditLog audit;
    private final MessageSource messages;

    UkaReportController(ReportPeriods periods, Register register, Municipalities municipalities, Downloads downloads, AuditLog audit,
                        MessageSource messages) {
        this.periods = periods;
        this.register = register;
        this.municipalities = municipalities;
        this.downloads = downloads;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/uka/rapporter")
    String list(Model model) {
        CurrentUser user = UkaCaseworker.require();
        if (!model.containsAttribute("reportPeriodForm")) {
            ReportPeriodForm form = new ReportPeriodForm();
            var today = register.today();
            // the half that has ended last: the one SCB collects next
            form.setYear(today.getMonthValue() <= 6 ? today.getYear() - 1 : today.getYear());
            form.setHalf(today.getMonthValue() <= 6 ? 2 : 1);
            model.addAttribute("reportPeriodForm", form);
        }
        model.addAttribute("periods", periods.list(user.organisationId()));
        return "uka/reports";
    }

    @PostMapping("/uka/rapporter")
    String create(@Valid @ModelAttribute("reportPeriodForm") ReportPeriodForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        CurrentUser user = UkaCaseworker.require();
        long org = user.organisationId();
        if (!errors.hasFieldErrors("year") && form.getYear() > register.today().getYear()) {
            errors.rejectValue("year", "uka.report.yearFuture");
        }
        if (!errors.hasErrors() && periods.exists(org, form.getYear(), form.getHalf())) {
            errors.rejectValue("half", "uka.report.exists");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("periods", periods.list(org));
            return "uka/reports";
        }
        long id = periods.create(org, form.getYear(), form.getHalf(), UkaCaseworker.username());
        flash.addFlashAttribute("notice", "uka.report.created");
        return "redirect:/uka/rapporter/" + id;
    }

    /** A period's report as it stands now. */
    private record Report(ReportPeriod period, List<ScbReport.Individual> people, List<ScbCheck.Problem> problems) {
    }

    private Report report(long org, long id) {
        ReportPeriod period = periods.find(org, id).orElseThrow(UkaCaseworker.NotFound::new);
        List<ScbReport.Individual> people = periods.individuals(org, period);
        List<ScbCheck.Problem> problems = ScbChecks.check(people, new ScbCheck.Context(period, register.today(), periods.codeBook(org)));
        return new Report(period, people, problems);
    }

    @GetMapping("/uka/rapporter/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = UkaCaseworker.require();
        return page(user.organisationId(), report(user.organisationId(), id), model);
    }

    private String page(long org, Report report, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String[]> problems = new ArrayList<>();
        for (ScbCheck.Problem p : report.problems()) {
            Object[] args = p.args().stream().map(a -> CodeLists.LISTS.contains(a)
                    ? messages.getMessage("uka.codes.list." + a, null, a, locale) : a).toArray();
            problems.add(new String[] {p.link(), p.name(), p.masked(), messages.getMessage(p.key(), args, p.key(), locale)});
        }
        model.addAttribute("period", report.period());
        model.addAttribute("people", report.people());
        model.addAttribute("problems", problems);
        model.addAttribute("ended", report.period().ended(register.today()));
        model.addAttribute("reached", report.people().stream().filter(ScbReport.Individual::reached).count());
        model.addAttribute("withActions", report.people().stream().filter(p -> !p.actions().isEmpty()).count());
        model.addAttribute("endReasonLabels", periods.labels(org).get(CodeLists.END_REASON));
        audit.personalDataRead(TARGET, report.period().id(), org, report.people().size() + " people in the SCB report, "
                + report.problems().size() + " problems");
        return "uka/report";
    }

    @PostMapping("/uka/rapporter/{id}/las")
    String freeze(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes flash) {
        CurrentUser user = UkaCaseworker.require();
        long org = user.organisationId();
        Report report = report(org, id);
        String refusal = report.period().frozen() ? "uka.report.alreadyFrozen"
                : !report.period().ended(register.today()) ? "uka.report.notEnded"
                : !report.problems().isEmpty() ? "uka.report.hasProblems" : null;
        if (refusal != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", refusal);
            return page(org, report, model);
        }
        String kommunkod = kommunkod(org);
        Table readable = readable(org, kommunkod, report);
        var files = new ReportPeriods.Frozen(Csv.write(ScbFile.scb(kommunkod, report.period(), report.people())), Csv.write(readable),
                Xlsx.write(readable));
        if (!periods.freeze(org, id, UkaCaseworker.username(), report.people().size(), files)) {
            flash.addFlashAttribute("problem", "uka.report.alreadyFrozen");
            return "redirect:/uka/rapporter/" + id;
        }
        audit.personalDataChanged(TARGET, id, org, "SCB report frozen with " + report.people().size() + " people");
        flash.addFlashAttribute("notice", "uka.report.frozen");
        return "redirect:/uka/rapporter/" + id;
    }

    @GetMapping("/uka/rapporter/{id}/scb")
    ResponseEntity<byte[]> scbFile(@PathVariable long id) {
        return download(id, "scb");
    }

    @GetMapping("/uka/rapporter/{id}/csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return download(id, "csv");
    }

    @GetMapping("/uka/rapporter/{id}/xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return download(id, "xlsx");
    }

    /** A frozen period gives its stored files back unchanged; an open one the files as they would be today. Both audited. */
    private ResponseEntity<byte[]> download(long id, String kind) {
        CurrentUser user = UkaCaseworker.require();
        long org = user.organisationId();
        ReportPeriod period = periods.find(org, id).orElseThrow(UkaCaseworker.NotFound::new);
        String name = period.fileStem() + (kind.equals("scb") ? "-scb.csv" : kind.equals("csv") ? ".csv" : ".xlsx");
        if (period.frozen()) {
            ReportPeriods.Frozen files = periods.frozen(org, id).orElseThrow(UkaCaseworker.NotFound::new);
            audit.personalDataRead(TARGET, id, org, "frozen " + kind + " file downloaded (" + period.frozenRows() + " people)");
            return switch (kind) {
                case "scb" -> Downloads.file(name, Csv.MEDIA_TYPE, files.scb());
                case "csv" -> Downloads.file(name, Csv.MEDIA_TYPE, files.csv());
                default -> Downloads.file(name, Xlsx.MEDIA_TYPE, files.xlsx());
            };
        }
        Report report = report(org, id);
        String kommunkod = kommunkod(org);
        PersonalData data = PersonalData.of(TARGET, org, "SCB report " + period.year() + "-" + period.half() + " (not frozen), " + kind);
        return switch (kind) {
            case "scb" -> downloads.csv(name, ScbFile.scb(kommunkod, period, report.people()), data);
            case "csv" -> downloads.csv(name, readable(org, kommunkod, report), data);
            default -> downloads.xlsx(name, data, readable(org, kommunkod, report));
        };
    }

    private Table readable(long org, String kommunkod, Report report) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headings = ScbFile.COLUMNS.stream().map(c -> messages.getMessage("uka.scb.column." + c, null, c, locale)).toList();
        Map<String, Map<String, String>> labels = periods.labels(org);
        return ScbFile.readable(kommunkod, report.period(), report.people(), labels, headings);
    }

    private String kommunkod(long org) {
        return municipalities.kommunkod(org).orElse("");
    }
}
