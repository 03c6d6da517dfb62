package se.sambruk.uka.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.sambruk.uka.people.CodeLists;

/** A known data set for the report's tests: SCB's first half of 2026, checked on 7 December 2026. */
final class ReportTestData {

    static final ReportPeriod H1_2026 = new ReportPeriod(1, 2026, 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, null, null);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private ReportTestData() {
    }

    /** A valid 12-digit personnummer for the birth date and serial. */
    static String pnr(String yyyymmdd, String serial) {
        String ten = yyyymmdd.substring(2) + serial;
        int sum = 0;
        for (int k = 0; k < ten.length(); k++) {
            int d = (ten.charAt(k) - '0') * (k % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return yyyymmdd + serial + (10 - sum % 10) % 10;
    }

    static ScbReport.Coverage covered(String start, String end, String reason) {
        return new ScbReport.Coverage(1, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), reason);
    }

    static ScbReport.Act action(String category, String start, String end, String reason) {
        return new ScbReport.Act(1, category, start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end), reason);
    }

    /** Alva: covered all the half, reached three times, a placement that ended and guidance still going on. */
    static ScbReport.Individual alva() {
        return new ScbReport.Individual(10, "Alva Demosson", pnr("20080510", "238"), List.of(new ScbReport.Coverage(LocalDate.parse("2025-09-01"), null, null, "AVBROTT", false)), 3, true,
                List.of(action("PRAKTIK", "2026-02-01", "2026-04-30", "AVSLUTAD_ENLIGT_PLAN"), action("VAGLEDNING", "2026-05-15", "2026-09-30",
                        "AVSLUTAD_ENLIGT_PLAN")));
    }

    /** Elias: started upper secondary school in March; never reached. */
    static ScbReport.Individual elias() {
        return new ScbReport.Individual(11, "Elias Provberg", pnr("20070301", "457"),
                List.of(new ScbReport.Coverage(LocalDate.parse("2025-08-20"), LocalDate.parse("2026-03-15"), "NATIONELLT_PROGRAM", "GRUNDSKOLA", false)),
                0, false, List.of());
    }

    static Map<String, Map<String, Boolean>> codes() {
        Map<String, Map<String, Boolean>> codes = new HashMap<>();
        codes.put(CodeLists.ACTION_CATEGORY, new HashMap<>(Map.of("PRAKTIK", true, "VAGLEDNING", true, "GAMMAL", false)));
        codes.put(CodeLists.ACTION_END_REASON, new HashMap<>(Map.of("AVSLUTAD_ENLIGT_PLAN", true)));
        codes.put(CodeLists.END_REASON, new HashMap<>(Map.of("NATIONELLT_PROGRAM", true, "FLYTTAT", false)));
        codes.put(CodeLists.CONTACT_WAY, new HashMap<>(Map.of("TELEFON", true)));
        codes.put(CodeLists.REGISTRATION_REASON, new HashMap<>(Map.of("AVBROTT", true, "GRUNDSKOLA", true, "INTRODUKTION", false)));
        return codes;
    }

    static ScbCheck.Context context() {
        return new ScbCheck.Context(H1_2026, TODAY, codes());
    }
}
