package se.sambruk.multifraga.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.sambruk.core.documents.PdfDocument;
import se.sambruk.core.format.SwedishFormat;

/**
 * The application as a filled-in paper form (the core's {@link PdfDocument}): every step with
 * what the applicant wrote, the checks for the caseworker, the status and, once submitted, the
 * declaration. The same paper for the applicant and for the caseworker; numbers only masked.
 */
@Component
public class ApplicationPaper {

    private final MessageSource messages;

    ApplicationPaper(MessageSource messages) {
        this.messages = messages;
    }

    public String filename(Applications.Stored a) {
        return "ansokan-" + a.caseId() + ".pdf";
    }

    public PdfDocument of(Applications.Stored a, String municipality, NormCalculation.Caps caps) {
        PdfDocument pdf = PdfDocument.titled(t("mf.app.paper.title"))
                .subtitle(t("mf.app.title", SwedishFormat.month(a.month())))
                .fact(t("mf.caseId"), a.caseId())
                .fact(t("mf.app.status"), t("mf.app.status." + a.status()))
                .fact(t("mf.app.applicant"), a.applicantName() + ", " + a.applicantMasked());
        if (a.submittedAt() != null) {
            pdf.fact(t("mf.app.submitted"), SwedishFormat.dateTime(a.submittedAt()));
        }
        for (Step step : Step.all()) {
            pdf.heading(step.number() + ". " + t("mf.app.step." + step));
            if (!a.stepsDone().contains(step)) {
                pdf.paragraph(t("mf.app.step.notDone"));
                continue;
            }
            List<List<?>> rows = new ArrayList<>();
            switch (step) {
                case START -> {
                    rows.add(List.of(t("mf.app.municipality"), municipality));
                    rows.add(List.of(t("mf.app.month"), SwedishFormat.month(a.month())));
                }
                case HOUSEHOLD -> {
                    rows.add(List.of(t("mf.app.coApplicant"), a.coApplicantMasked() == null ? "–"
                            : (a.coFirstName() == null ? "" : a.coFirstName() + ", ") + a.coApplicantMasked()));
                    rows.add(List.of(t("mf.app.childAges"), a.childAges().isEmpty() ? "–"
                            : String.join(", ", a.childAges().stream().map(String::valueOf).toList())));
                }
                case INCOMES -> {
                    String own = t(a.incomesPerAdult() ? "mf.app.incomes.own" : "mf.app.incomes.household");
                    rows.add(List.of(own + ": " + t("mf.app.incomeSalary"), SwedishFormat.kronor(a.incomeSalary())));
                    rows.add(List.of(own + ": " + t("mf.app.incomeBenefits"), SwedishFormat.kronor(a.incomeBenefits())));
                    rows.add(List.of(own + ": " + t("mf.app.incomeOther"), SwedishFormat.kronor(a.incomeOther())));
                    if (a.incomesPerAdult() && a.coApplicantMasked() != null) {
                        String co = a.coFirstName() == null ? t("mf.app.incomes.coUnnamed") : t("mf.app.incomes.co", a.coFirstName(), a.coGenitive());
                        rows.add(List.of(co + ": " + t("mf.app.incomeSalary"), kronor(a.coIncomeSalary())));
                        rows.add(List.of(co + ": " + t("mf.app.incomeBenefits"), kronor(a.coIncomeBenefits())));
                        rows.add(List.of(co + ": " + t("mf.app.incomeOther"), kronor(a.coIncomeOther())));
                    }
                }
                case COSTS -> {
                    rows.add(List.of(t("mf.app.rent"), SwedishFormat.kronor(a.rent())));
                    rows.add(List.of(t("mf.app.electricity"), SwedishFormat.kronor(a.electricity())));
                    rows.add(List.of(t("mf.app.homeInsurance"), SwedishFormat.kronor(a.homeInsurance())));
                    rows.add(List.of(t("mf.app.otherCosts"), described(a.otherCosts(), a.otherCostsText())));
                }
                case ASSETS -> {
                    rows.add(List.of(t("mf.app.bankBalance"), SwedishFormat.kronor(a.bankBalance())));
                    rows.add(List.of(t("mf.app.vehicles"), described(a.vehicles(), a.vehiclesText())));
                    rows.add(List.of(t("mf.app.property"), described(a.property(), a.propertyText())));
                    rows.add(List.of(t("mf.app.otherAssets"), described(a.otherAssets(), a.otherAssetsText())));
                }
                case PLANNING -> a.activities().forEach(p -> rows.add(List.of(t("mf.app.plan." + p.kind()),
                        t("mf.app.plan.since", p.what(), SwedishFormat.date(p.since())))));
                case PAYOUT -> rows.add(List.of(t("mf.app.account"), a.account()));
            }
            pdf.table(List.of(t("mf.app.paper.question"), t("mf.app.paper.answer")), rows);
        }
        List<String> checks = new ArrayList<>();
        if (a.stepsDone().contains(Step.COSTS) && a.rent() > caps.rent(a.persons())) {
            checks.add(t("mf.app.check.rentCap", SwedishFormat.kronor(caps.rent(a.persons()))));
        }
        if (a.stepsDone().contains(Step.COSTS) && a.homeInsurance() > caps.homeInsurance()) {
            checks.add(t("mf.app.check.insuranceCap", SwedishFormat.kronor(caps.homeInsurance())));
        }
        if (a.otherCosts() > 0) {
            checks.add(t("mf.app.check.other"));
        }
        if (a.otherAssets() > 0) {
            checks.add(t("mf.app.check.otherAssets"));
        }
        if (a.activities().stream().anyMatch(p -> p.kind() == ApplicationForm.Activity.OTHER)) {
            checks.add(t("mf.app.check.otherActivity"));
        }
        if (!checks.isEmpty()) {
            pdf.heading(t("mf.app.checks"));
            checks.forEach(pdf::paragraph);
        }
        pdf.heading(t("mf.app.sign.heading"));
        pdf.paragraph(t("mf.app.sign.declaration"));
        if (a.submittedAt() != null) {
            pdf.signature(a.applicantName() + ", " + t("mf.app.paper.signedOn", SwedishFormat.dateTime(a.submittedAt())));
        }
        pdf.footer(t("mf.app.paper.footer", a.caseId()));
        return pdf;
    }

    private static String described(int kronor, String text) {
        return SwedishFormat.kronor(kronor) + (text == null ? "" : " (" + text + ")");
    }

    /** An amount not yet filled in shows as "–". */
    private static String kronor(Integer amount) {
        return amount == null ? "–" : SwedishFormat.kronor(amount);
    }

    private String t(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}
