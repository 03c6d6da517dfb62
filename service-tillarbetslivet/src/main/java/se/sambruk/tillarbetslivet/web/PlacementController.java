package se.sambruk.tillarbetslivet.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.documents.PdfDocument;
import se.sambruk.core.documents.PersonalData;
import se.sambruk.core.residents.Signatures;
import se.sambruk.tillarbetslivet.placement.Attendance;
import se.sambruk.tillarbetslivet.placement.Confirmation;
import se.sambruk.tillarbetslivet.placement.GuardianNotices;
import se.sambruk.tillarbetslivet.placement.PeriodKind;
import se.sambruk.tillarbetslivet.placement.PlacementRecords;
import se.sambruk.tillarbetslivet.placement.Punctuality;
import se.sambruk.tillarbetslivet.placement.ScheduleCheck;
import se.sambruk.tillarbetslivet.placement.ScheduleText;
import se.sambruk.tillarbetslivet.season.Placements;

/**
 * Periods per school, and a placement's page: its schedule (checked with the time rules for minors
 * on save), attendance per day, the workplace's evaluation and the pupil's certificate as PDF.
 */
@Controller
class PlacementController {

    private final Placements placements;
    private final PlacementRecords records;
    private final AuditLog audit;
    private final Downloads downloads;
    private final MessageSource messages;
    private final Signatures signatures;
    private final GuardianNotices guardianNotices;

    PlacementController(Placements placements, PlacementRecords records, AuditLog audit, Downloads downloads, MessageSource messages,
                        Signatures signatures, GuardianNotices guardianNotices) {
        this.guardianNotices = guardianNotices;
        this.signatures = signatures;
        this.placements = placements;
        this.records = records;
        this.audit = audit;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/tillarbetslivet/periods")
    String periods(Model model) {
        long org = Coordinator.require().organisationId();
        model.addAttribute("periodForm", new PeriodForm());
        return periodsPage(org, model);
    }

    private String periodsPage(long org, Model model) {
        model.addAttribute("periods", records.periods(org));
        model.addAttribute("schools", placements.schools(org));
        model.addAttribute("kinds", PeriodKind.values());
        return "tillarbetslivet/periods";
    }

    @PostMapping("/tillarbetslivet/periods")
    String addPeriod(@Valid @ModelAttribute("periodForm") PeriodForm form, BindingResult errors, Model model, HttpServletResponse response) {
        long org = Coordinator.require().organisationId();
        if (form.getSchoolId() != null && !records.schoolExists(org, form.getSchoolId())) {
            errors.rejectValue("schoolId", "tal.period.noSuchSchool");
        }
        if (form.getStartsOn() != null && form.getEndsOn() != null) {
            if (form.getEndsOn().isBefore(form.getStartsOn())) {
                errors.rejectValue("endsOn", "tal.place.endsBeforeStart");
            } else if (form.getEndsOn().isAfter(form.getStartsOn().plusYears(1))) {
                errors.rejectValue("endsOn", "tal.period.tooLong");
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return periodsPage(org, model);
        }
        long id = records.addPeriod(org, form.getSchoolId(), form.getKind(), form.getName().strip(), form.getStartsOn(), form.getEndsOn());
        audit.personalDataChanged("tillarbetslivet.period", id, org, form.getKind() + " period added");
        return "redirect:/tillarbetslivet/periods/" + id;
    }

    @GetMapping("/tillarbetslivet/periods/{id}")
    String period(@PathVariable long id, Model model) {
        long org = Coordinator.require().organisationId();
        PlacementRecords.Period period = records.period(org, id).orElseThrow(Coordinator.NotFound::new);
        Map<Long, Placements.Place> places = new LinkedHashMap<>();
        placements.places(org).forEach(p -> places.put(p.id(), p));
        Map<Long, Placements.Pupil> pupils = new LinkedHashMap<>();
        placements.pupils(org).forEach(p -> pupils.put(p.id(), p));
        List<Line> lines = records.placementsInPeriod(org, id).stream()
                .map(p -> new Line(p.id(), pupils.get(p.pupilId()), places.get(p.placeId()))).toList();
        model.addAttribute("period", period);
        model.addAttribute("lines", lines);
        audit.personalDataRead("tillarbetslivet.period", id, org, lines.size() + " placements listed");
        return "tillarbetslivet/period";
    }

    /** A line of a period's list: the placement, its pupil and place. */
    record Line(long id, Placements.Pupil pupil, Placements.Place place) {
    }

    /** Everything a placement's page shows. */
    record View(PlacementRecords.Placement placement, Placements.Pupil pupil, PlacementRecords.Period period, Placements.Place place,
                List<PlacementRecords.Day> days, PlacementRecords.Evaluation evaluation) {

        public long present() {
            return days.stream().filter(d -> d.attendance() == Attendance.PRESENT).count();
        }

        public String presentHours() {
            long minutes = days.stream().filter(d -> d.attendance() == Attendance.PRESENT).mapToLong(PlacementRecords.Day::minutes).sum();
            return minutes % 60 == 0 ? String.valueOf(minutes / 60) : (minutes / 60) + "," + (minutes % 60 * 10 / 60);
        }
    }

    private View view(long org, long id) {
        PlacementRecords.Placement placement = records.placement(org, id).orElseThrow(Coordinator.NotFound::new);
        return new View(placement, placements.pupil(org, placement.pupilId()).orElseThrow(Coordinator.NotFound::new),
                records.period(org, placement.periodId()).orElseThrow(Coordinator.NotFound::new),
                placements.place(org, placement.placeId()).orElseThrow(Coordinator.NotFound::new),
                records.schedule(org, id), records.evaluation(org, id).orElse(null));
    }

    @GetMapping("/tillarbetslivet/placements/{id}")
    String placement(@PathVariable long id, Model model) {
        long org = Coordinator.require().organisationId();
        View view = view(org, id);
        ScheduleForm schedule = new ScheduleForm();
        schedule.setSchedule(ScheduleText.format(view.days().isEmpty()
                ? ScheduleText.suggest(later(view.period().startsOn(), view.place().startsOn()), earlier(view.period().endsOn(), view.place().endsOn()),
                        view.period().kind() == PeriodKind.PRAO ? 10 : ScheduleText.MAX_DAYS)
                : view.days().stream().map(PlacementRecords.Day::workDay).toList()));
        model.addAttribute("scheduleForm", schedule);
        model.addAttribute("evaluationForm", evaluationForm(view));
        return placementPage(org, view, model);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static EvaluationForm evaluationForm(View view) {
        EvaluationForm form = new EvaluationForm();
        if (view.evaluation() != null) {
            form.setPunctuality(view.evaluation().punctuality());
            form.setInterest(view.evaluation().interest());
            form.setComment(view.evaluation().comment());
        }
        return form;
    }

    private String placementPage(long org, View view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("punctualities", Punctuality.values());
        model.addAttribute("notice", guardianNotices.notice(org, view.placement().id()).orElse(null));
        List<String> guardians = GuardianNotices.parseEmails(placements.guardianEmails(org, view.pupil().id()));
        model.addAttribute("guardians", guardians == null ? "" : String.join(", ", guardians));
        model.addAttribute("signature", signatures.valid(Confirmation.SERVICE, Confirmation.documentRef(view.placement().id()),
                Confirmation.document(view.placement().id(), view.pupil().name(), view.place().code(), view.place().workplace(), view.days()))
                .orElse(null));
        audit.personalDataRead("tillarbetslivet.placement", view.placement().id(), org, "placement with schedule, attendance and evaluation");
        return "tillarbetslivet/placement";
    }

    @PostMapping("/tillarbetslivet/placements/{id}/schedule")
    String saveSchedule(@PathVariable long id, @Valid @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult errors, Model model,
                        HttpServletResponse response, RedirectAttributes flash) {
        long org = Coordinator.require().organisationId();
        View view = view(org, id);
        ScheduleText.Parsed parsed = ScheduleText.parse(form.getSchedule());
        if (!errors.hasErrors()) {
            List<String> problems = new ArrayList<>(parsed.errors());
            if (parsed.ok()) {
                problems.addAll(ScheduleCheck.problems(view.period().kind(), view.pupil().schoolYear(),
                        placements.bornOn(org, view.pupil().id()).orElse(null), view.period().startsOn(),
                        view.period().endsOn(), parsed.days()));
            }
            for (String problem : problems) {
                errors.rejectValue("schedule", "tal.schedule.problem", new Object[] {problem}, problem);
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            model.addAttribute("evaluationForm", evaluationForm(view));
            return placementPage(org, view, model);
        }
        records.saveSchedule(org, id, parsed.days());
        audit.personalDataChanged("tillarbetslivet.placement", id, org, "schedule saved, " + parsed.days().size() + " days");
        flash.addFlashAttribute("done", "tal.schedule.saved");
        return "redirect:/tillarbetslivet/placements/" + id;
    }

    @PostMapping("/tillarbetslivet/placements/{id}/attendance")
    String saveAttendance(@PathVariable long id, @RequestParam(name = "day", required = false) List<String> days,
                          @RequestParam(name = "status", required = false) List<String> statuses, RedirectAttributes flash) {
        CurrentUser user = Coordinator.require();
        long org = user.organisationId();
        View view = view(org, id);
        Map<LocalDate, Attendance> attendance = AttendanceInput.read(days, statuses);
        boolean allScheduled = view.days().stream().map(PlacementRecords.Day::date).toList().containsAll(attendance.keySet());
        if (!allScheduled) {
            flash.addFlashAttribute("error", "tal.attendance.notScheduled");
            return "redirect:/tillarbetslivet/placements/" + id;
        }
        int recorded = records.recordAttendance(org, id, attendance, user.name());
        audit.personalDataChanged("tillarbetslivet.placement", id, org, "attendance recorded for " + recorded + " days");
        flash.addFlashAttribute("done", "tal.attendance.saved");
        return "redirect:/tillarbetslivet/placements/" + id;
    }

    @PostMapping("/tillarbetslivet/placements/{id}/evaluation")
    String saveEvaluation(@PathVariable long id, @Valid @ModelAttribute("evaluationForm") EvaluationForm form, BindingResult errors, Model model,
                          HttpServletResponse response, RedirectAttributes flash) {
        CurrentUser user = Coordinator.require();
        long org = user.organisationId();
        View view = view(org, id);
        if (errors.hasErrors()) {
            response.setStatus(400);
            ScheduleForm schedule = new ScheduleForm();
            schedule.setSchedule(ScheduleText.format(view.days().stream().map(PlacementRecords.Day::workDay).toList()));
            model.addAttribute("scheduleForm", schedule);
            return placementPage(org, view, model);
        }
        records.saveEvaluation(org, id, form.getPunctuality(), form.getInterest(), form.getComment() == null ? "" : form.getComment().strip(),
                user.name());
        audit.personalDataChanged("tillarbetslivet.placement", id, org, "evaluation saved");
        flash.addFlashAttribute("done", "tal.evaluation.saved");
        return "redirect:/tillarbetslivet/placements/" + id;
    }

    @PostMapping("/tillarbetslivet/placements/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        CurrentUser user = Coordinator.require();
        long org = user.organisationId();
        View view = view(org, id);
        List<String> guardians = GuardianNotices.parseEmails(placements.guardianEmails(org, view.pupil().id()));
        String risk = placements.riskAssessment(org, view.place().id());
        String times = view.days().stream().map(d -> d.date() + " " + d.start() + "–" + d.end()).reduce((a, b) -> a + "\n" + b).orElse("");
        java.util.Locale language = Locale.forLanguageTag(placements.language(org, view.pupil().id()));
        GuardianNotices.Mail mail = new GuardianNotices.Mail(text(language, "tal.guardians.subject"), text(language, "tal.guardians.text", view.pupil().name(),
                view.place().workplace(), view.place().trade(), view.place().address(), view.period().name(), times, view.place().supervisor(),
                view.place().supervisorEmail(), risk, view.pupil().schoolName()));
        try {
            GuardianNotices.Notice notice = guardianNotices.publish(org, id, guardians == null ? List.of() : guardians, !view.days().isEmpty(),
                    risk, mail, user.name());
            audit.personalDataChanged("tillarbetslivet.placement", id, org, "published to the guardians: " + notice.recipients());
            flash.addFlashAttribute("done", "tal.guardians.sent");
        } catch (GuardianNotices.Refused refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/tillarbetslivet/placements/" + id;
    }

    @GetMapping("/tillarbetslivet/placements/{id}/intyg.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id) {
        long org = Coordinator.require().organisationId();
        View view = view(org, id);
        String kind = text("tal.kind." + view.period().kind());
        PdfDocument pdf = PdfDocument.titled(text("tal.certificate.title", kind))
                .subtitle(view.pupil().name())
                .fact(text("tal.pupil.school"), view.pupil().schoolName() + ", " + text("tal.pupil.class").toLowerCase() + " " + view.pupil().className())
                .fact(text("tal.place.workplace"), view.place().workplace())
                .fact(text("tal.place.trade"), view.place().trade())
                .fact(text("tal.period"), view.period().name() + " (" + view.period().startsOn() + " – " + view.period().endsOn() + ")")
                .fact(text("tal.certificate.attended"), text("tal.certificate.attendedValue", view.present(), view.days().size(), view.presentHours()))
                .paragraph(text("tal.certificate.text", view.pupil().name(), kind.toLowerCase(), view.place().workplace()));
        List<List<String>> rows = view.days().stream().map(d -> List.of(d.date().toString(), d.start() + "–" + d.end(),
                d.attendance() == null ? "–" : text("tal.attendance." + d.attendance()))).toList();
        if (!rows.isEmpty()) {
            pdf.heading(text("tal.schedule")).table(List.of(text("tal.schedule.day"), text("tal.schedule.hours"), text("tal.attendance")), rows);
        }
        if (view.evaluation() != null) {
            pdf.heading(text("tal.evaluation"))
                    .fact(text("tal.evaluation.punctuality"), text("tal.punctuality." + view.evaluation().punctuality()))
                    .fact(text("tal.evaluation.interest"), view.evaluation().interest() + " / 5");
            if (!view.evaluation().comment().isBlank()) {
                pdf.paragraph(view.evaluation().comment());
            }
        }
        pdf.signature(view.place().supervisor() + ", " + text("tal.certificate.supervisor", view.place().workplace()))
                .footer(text("tal.title"));
        return downloads.pdf("intyg-" + view.period().kind().name().toLowerCase() + "-" + id + ".pdf", pdf,
                PersonalData.of("tillarbetslivet.placement", org, "certificate of placement " + id));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** A text in the given language (the guardians' mail follows the pupil's record, not the coordinator's page). */
    private String text(java.util.Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
