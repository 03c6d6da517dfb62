package se.sambruk.multifraga.applications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The administrator's form of what is not income: one row per source the platform asks (the whole
 * source) and per kind of benefit those sources pay ({@link #KINDS}, as the compiled view names
 * them), plus any kind already on the list; each with a checkbox and a short reason. Rows arrive as
 * {@code key<i>} (the row's key: {@code CODE} or {@code CODE/Kind}), {@code on<i>} ({@code "true"}
 * when ticked) and {@code reason<i>}. The rules: a ticked row needs a reason (at most 200
 * characters, one line); a key that is not offered refuses the whole form; what is not ticked is
 * income.
 */
public final class NotIncomeForm {

    /** The kinds of benefit the sources pay, per source code, as their answers name them (LEFI's formansfamilj, the unemployment funds'). */
    public static final Map<String, List<String>> KINDS = Map.of(
            "FK", List.of("Barnbidrag", "Bostadsbidrag", "Föräldrapenning", "Sjukpenning", "Underhållsstöd"),
            "LEFI", List.of("Barnbidrag", "Bostadsbidrag", "Föräldrapenning", "Sjukpenning", "Underhållsstöd"),
            "SO", List.of("Arbetslöshetsersättning"));

    static final int MAX_REASON = 200;

    /** One row: its key, the source's code and name, the kind (null: the whole source), whether it is ticked, and its reason. */
    public record Row(String key, String source, String sourceName, String kind, boolean chosen, String reason) {
    }

    /** The list as checked, or the errors per field ({@code reason<i>}, or {@code form} for a row not offered). */
    public record Checked(NotIncome list, List<Row> rows, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private NotIncomeForm() {
    }

    /** The rows offered for the sources (code → name, in order) with the list in force ticked and its reasons filled in. */
    public static List<Row> rows(Map<String, String> sources, NotIncome current) {
        List<Row> rows = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            rows.add(row(source.getKey(), source.getValue(), null, current));
            keys.add(source.getKey());
            for (String kind : KINDS.getOrDefault(source.getKey(), List.of())) {
                rows.add(row(source.getKey(), source.getValue(), kind, current));
                keys.add(source.getKey() + "/" + kind.toLowerCase(Locale.ROOT));
            }
        }
        for (Map.Entry<String, String> entry : current.reasons().entrySet()) {
            if (!keys.contains(entry.getKey()) && entry.getKey().contains("/")) {
                String code = entry.getKey().substring(0, entry.getKey().indexOf('/'));
                String kind = entry.getKey().substring(entry.getKey().indexOf('/') + 1);
                rows.add(new Row(code + "/" + kind, code, sources.getOrDefault(code, code), kind, true, entry.getValue()));
            } else if (!keys.contains(entry.getKey())) {
                rows.add(new Row(entry.getKey(), entry.getKey(), entry.getKey(), null, true, entry.getValue()));
            }
        }
        return List.copyOf(rows);
    }

    private static Row row(String code, String name, String kind, NotIncome current) {
        String key = kind == null ? code : code + "/" + kind;
        String reason = kind == null ? (current.source(code) ? current.reasons().get(code) : null)
                : current.reasons().get(code + "/" + kind.toLowerCase(Locale.ROOT));
        return new Row(key, code, name, kind, reason != null, reason == null ? "" : reason);
    }

    /** Checks the posted rows against those offered: the list to save, or the errors with the rows as posted. */
    public static Checked check(List<Row> offered, Map<String, String> params) {
        Map<String, Row> byKey = new LinkedHashMap<>();
        offered.forEach(r -> byKey.put(r.key(), r));
        Map<String, String> errors = new LinkedHashMap<>();
        List<Row> posted = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        for (int i = 0; params.containsKey("key" + i); i++) {
            Row row = byKey.get(params.get("key" + i));
            if (row == null || i >= offered.size()) {
                errors.put("form", "mf.ni.error.unknown");
                return new Checked(null, offered, errors);
            }
            boolean chosen = "true".equals(params.get("on" + i));
            String reason = params.getOrDefault("reason" + i, "").strip().replaceAll("\\s+", " ");
            if (chosen && reason.isEmpty()) {
                errors.put("reason" + i, "mf.ni.error.reason");
            } else if (reason.length() > MAX_REASON) {
                errors.put("reason" + i, "mf.ni.error.reasonLong");
            } else if (chosen) {
                entries.add(row.key() + "=" + reason);
            }
            posted.add(new Row(row.key(), row.source(), row.sourceName(), row.kind(), chosen, reason));
        }
        if (posted.isEmpty()) {
            errors.put("form", "mf.ni.error.unknown");
            return new Checked(null, offered, errors);
        }
        return errors.isEmpty() ? new Checked(NotIncome.parse(entries), posted, Map.of()) : new Checked(null, posted, errors);
    }
}
