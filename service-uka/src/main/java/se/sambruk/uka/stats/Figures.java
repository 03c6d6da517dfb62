package se.sambruk.uka.stats;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a period, counted from one row per person covered at some time in it: status at the
 * period's end (still covered, or the reason coverage ended), age at the period's end, gender by the
 * personnummer, whether the person was reached, and per action category the number of people with
 * such an action in the period. Counts only.
 */
public record Figures(LocalDate from, LocalDate to, long total, Map<String, Long> byStatus, Map<String, Long> byAge,
                      long women, long men, long reached, Map<String, Long> byCategory) {

    /** Status key for those still covered at the period's end. */
    public static final String STILL_COVERED = "";
    /** Age keys: "15" means 15 or younger, "20" means 20 or older. */
    public static final List<String> AGES = List.of("15", "16", "17", "18", "19", "20");

    /** One person covered in the period: the 12-digit number, the last coverage's end and reason, reached or not. */
    public record Row(String personnummer, LocalDate lastEnd, String lastEndReason, boolean reached) {
    }

    public static Figures of(LocalDate from, LocalDate to, Collection<Row> rows, Map<String, Long> byCategory) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<String, Long> byAge = new LinkedHashMap<>();
        AGES.forEach(age -> byAge.put(age, 0L));
        long women = 0, men = 0, reached = 0;
        for (Row row : rows) {
            String status = row.lastEnd() == null || row.lastEnd().isAfter(to) ? STILL_COVERED
                    : row.lastEndReason() == null ? "?" : row.lastEndReason();
            byStatus.merge(status, 1L, Long::sum);
            LocalDate born = born(row.personnummer());
            if (born != null) { // an anonymised person (gallrad) has neither age nor gender any more
                int age = Math.max(15, Math.min(20, Period.between(born, to).getYears()));
                byAge.merge(String.valueOf(age), 1L, Long::sum);
            }
            if (born != null) {
                if ((row.personnummer().charAt(10) - '0') % 2 == 0) {
                    women++;
                } else {
                    men++;
                }
            }
            if (row.reached()) {
                reached++;
            }
        }
        return new Figures(from, to, rows.size(), byStatus, byAge, women, men, reached, new TreeMap<>(byCategory));
    }

    private static LocalDate born(String pnr) {
        try {
            return new se.sambruk.core.PersonalIdentityNumber(pnr).dateOfBirth();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
