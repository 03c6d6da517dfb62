package se.sambruk.uka.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.sambruk.core.documents.Table;

/**
 * The report as tables: SCB's file (codes, one row per person and action, a person without actions
 * on one row of its own) and the same rows readable (labels instead of codes) for the CSV and XLSX
 * downloads. A coverage or action that goes on after the period's last day is written without an
 * end: at the end of the period it was still going on.
 */
public final class ScbFile {

    public static final List<String> COLUMNS = List.of("kommun", "period", "personnummer", "registrerad_fran", "orsak_till_registrering",
            "registrerad_till", "avregistreringsorsak", "antal_kontakter", "kontakt_nadd", "tackat_nej", "atgard", "atgard_start", "atgard_slut",
            "atgard_avslutsorsak");

    private ScbFile() {
    }

    /** SCB's file: codes and dates as YYYY-MM-DD, the personnummer as 12 digits, J/N for reached. */
    public static Table scb(String kommunkod, ReportPeriod period, List<ScbReport.Individual> people) {
        return Table.of("SCB", COLUMNS, rows(kommunkod, period, people, Map.of(), false));
    }

    /** The same rows for people: headings and labels in Swedish, the personnummer as YYYYMMDD-NNNN. */
    public static Table readable(String kommunkod, ReportPeriod period, List<ScbReport.Individual> people,
                                 Map<String, Map<String, String>> labels, List<String> headings) {
        return Table.of("Aktivitetsansvaret " + period.year() + " halvår " + period.half(), headings,
                rows(kommunkod, period, people, labels, true));
    }

    private static List<List<?>> rows(String kommunkod, ReportPeriod period, List<ScbReport.Individual> people,
                                      Map<String, Map<String, String>> labels, boolean readable) {
        List<List<?>> rows = new ArrayList<>();
        String periodName = period.year() + "-" + period.half();
        for (ScbReport.Individual p : people) {
            LocalDate ended = p.endedWithin(period);
            String endReason = ended == null ? "" : label(labels, "END_REASON", p.last().endReason(), readable);
            List<Object> person = List.of(kommunkod, periodName, readable ? p.formatted() : p.personnummer(), date(p.registeredFrom()),
                    label(labels, "REGISTRATION_REASON", p.registrationReason(), readable), date(ended), endReason, p.contacts(),
                    yesNo(p.reached(), readable), yesNo(p.declinedOffer(), readable));
            if (p.actions().isEmpty()) {
                List<Object> row = new ArrayList<>(person);
                row.addAll(List.of("", "", "", ""));
                rows.add(row);
            }
            for (ScbReport.Act a : p.actions()) {
                boolean endedInPeriod = a.end() != null && !a.end().isAfter(period.end());
                List<Object> row = new ArrayList<>(person);
                row.add(label(labels, "ACTION_CATEGORY", a.category(), readable));
                row.add(date(a.start()));
                row.add(endedInPeriod ? date(a.end()) : "");
                row.add(endedInPeriod ? label(labels, "ACTION_END_REASON", a.endReason(), readable) : "");
                rows.add(row);
            }
        }
        return rows;
    }

    private static String label(Map<String, Map<String, String>> labels, String list, String code, boolean readable) {
        if (code == null) {
            return "";
        }
        return readable ? labels.getOrDefault(list, Map.of()).getOrDefault(code, code) : code;
    }

    private static String yesNo(boolean yes, boolean readable) {
        return readable ? (yes ? "ja" : "nej") : (yes ? "J" : "N");
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
