package se.sambruk.multifraga.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.ServiceAccess;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.documents.PdfDocument;
import se.sambruk.core.documents.PersonalData;
import se.sambruk.core.format.SwedishFormat;
import se.sambruk.multifraga.lookups.AnswerRow;
import se.sambruk.multifraga.lookups.CompiledView;
import se.sambruk.multifraga.lookups.Lookup;
import se.sambruk.multifraga.lookups.Lookups;

/**
 * The compiled view of a look-up (per person and month: incomes and benefits by source with gross,
 * tax, net and the period they concern; sums per household and month; sources that did not answer
 * named as such) and its PDF for the case file. Every view and download is audited with the
 * look-up's purpose and law.
 */
@Controller
class CompiledController {

    private final Lookups lookups;
    private final ServiceAccess access;
    private final AuditLog audit;
    private final Downloads downloads;
    private final MessageSource messages;

    CompiledController(Lookups lookups, ServiceAccess access, AuditLog audit, Downloads downloads, MessageSource messages) {
        this.lookups = lookups;
        this.access = access;
        this.audit = audit;
        this.downloads = downloads;
        this.messages = messages;
    }

    private record Compiled(Lookup lookup, CompiledView.View view) {
    }

    private Compiled compile(CurrentUser user, long id) {
        Lookup lookup = lookups.find(user.organisationId(), id).orElseThrow(Caseworker.NotFound::new);
        List<AnswerRow> opened = lookups.answers(lookup);
        Set<Integer> protectedPersons = lookups.protectedPersons(lookup, opened);
        List<AnswerRow> shown = lookups.shown(opened, user, protectedPersons);
        return new Compiled(lookup, CompiledView.compile(lookup, shown, protectedPersons::contains));
    }

    @GetMapping("/multifraga/lookups/{id}/sammanstallning")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = Caseworker.require(access);
        Compiled compiled = compile(user, id);
        Lookup lookup = compiled.lookup();
        audit.personalDataRead("multifraga.lookup.compiled", id, user.organisationId(),
                "sammanställning, ärende " + lookup.caseId() + "; syfte: " + lookup.purpose() + "; lagtext: " + lookup.law());
        model.addAttribute("lookup", lookup);
        model.addAttribute("view", compiled.view());
        return "multifraga/compiled";
    }

    @GetMapping("/multifraga/lookups/{id}/sammanstallning/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        CurrentUser user = Caseworker.require(access);
        Compiled compiled = compile(user, id);
        Lookup lookup = compiled.lookup();
        CompiledView.View view = compiled.view();
        PdfDocument pdf = PdfDocument.titled(t("mf.compiled.title", lookup.caseId()))
                .fact(t("mf.period"), SwedishFormat.date(lookup.from()) + " – " + SwedishFormat.date(lookup.to()))
                .fact(t("mf.purpose"), lookup.purpose())
                .fact(t("mf.law"), lookup.law())
                .fact(t("mf.caseworker"), lookup.caseworker())
                .fact(t("mf.askedAt"), SwedishFormat.dateTime(lookup.askedAt()));
        if (!view.complete()) {
            pdf.paragraph(t("mf.compiled.incomplete"));
        }
        List<String> columns = List.of(t("mf.compiled.source"), t("mf.compiled.kind"), t("mf.compiled.concerns"), t("mf.compiled.paid"),
                t("mf.compiled.gross"), t("mf.compiled.tax"), t("mf.compiled.net"));
        for (CompiledView.Person person : view.persons()) {
            pdf.heading(t("mf.person", person.masked()) + (person.protectedIdentity() ? " – " + t("mf.protected.mark") : ""));
            for (CompiledView.Gap gap : person.gaps()) {
                pdf.paragraph(gap.sourceName() + ": " + (gap.notGranted() ? t("mf.withheld.REPORT_TYPE")
                        : t("mf.state." + gap.state()) + (gap.message() == null ? "" : " (" + gap.message() + ")")));
            }
            List<List<?>> rows = new ArrayList<>();
            for (CompiledView.PersonMonth month : person.months()) {
                for (CompiledView.Line line : month.lines()) {
                    rows.add(row(line));
                }
                rows.add(List.of(t("mf.compiled.sumMonth", SwedishFormat.month(month.month())), "", "", "",
                        sum(month.sum().grossOre(), month.sum().grossPartial(), month.incomplete()),
                        sum(month.sum().taxOre(), month.sum().taxPartial(), month.incomplete()),
                        sum(month.sum().netOre(), month.sum().netPartial(), month.incomplete())));
            }
            pdf.table(columns, rows);
            if (!person.outside().isEmpty()) {
                pdf.paragraph(t("mf.compiled.outside"));
                pdf.table(columns, person.outside().stream().map(this::row).toList());
            }
            if (!person.yearly().isEmpty()) {
                pdf.paragraph(t("mf.compiled.yearly"));
                pdf.table(List.of(t("mf.compiled.source"), t("mf.compiled.kind"), t("mf.compiled.year"), t("mf.compiled.amount")),
                        person.yearly().stream().map(l -> List.of(l.sourceName(), l.kind(), String.valueOf(l.year()), amount(l.grossOre()))).toList());
            }
        }
        pdf.heading(t("mf.compiled.household"));
        List<List<?>> household = new ArrayList<>();
        for (CompiledView.HouseholdMonth month : view.household()) {
            household.add(List.of(SwedishFormat.month(month.month()), sum(month.sum().grossOre(), month.sum().grossPartial(), month.incomplete()),
                    sum(month.sum().taxOre(), month.sum().taxPartial(), month.incomplete()),
                    sum(month.sum().netOre(), month.sum().netPartial(), month.incomplete())));
        }
        pdf.table(List.of(t("mf.compiled.month"), t("mf.compiled.gross"), t("mf.compiled.tax"), t("mf.compiled.net")), household);
        pdf.paragraph(t("mf.compiled.notes"));
        pdf.footer(t("mf.compiled.footer", lookup.caseId()));
        return downloads.pdf("sammanstallning-" + lookup.caseId() + ".pdf", pdf, PersonalData.of("multifraga.lookup.compiled", user.organisationId(),
                "sammanställning som PDF, förfrågan " + id + ", ärende " + lookup.caseId() + "; syfte: " + lookup.purpose() + "; lagtext: " + lookup.law()));
    }

    private List<String> row(CompiledView.Line line) {
        String kind = line.notCounted() == null ? line.kind() : line.kind() + " (" + t("mf.compiled.notCounted." + line.notCounted()) + ")";
        return List.of(line.sourceName(), kind, period(line), line.paidOn() == null ? "–" : SwedishFormat.date(line.paidOn()),
                amount(line.grossOre()), amount(line.taxOre()), amount(line.netOre()));
    }

    private static String period(CompiledView.Line line) {
        if (line.from() == null && line.to() == null) {
            return "–";
        }
        return (line.from() == null ? "" : SwedishFormat.date(line.from())) + " – " + (line.to() == null ? "" : SwedishFormat.date(line.to()));
    }

    private String amount(Long ore) {
        return ore == null ? t("mf.compiled.notGiven") : SwedishFormat.amount(ore);
    }

    private String sum(long ore, boolean partial, boolean incomplete) {
        String text = SwedishFormat.amount(ore);
        if (partial) {
            text += " " + t("mf.compiled.partialMark");
        }
        if (incomplete) {
            text += " " + t("mf.compiled.incompleteMark");
        }
        return text;
    }

    private String t(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}
