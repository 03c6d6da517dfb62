package se.sambruk.provisum.bookkeeping;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.sambruk.core.documents.ImportResult;
import se.sambruk.core.documents.ImportTable;
import se.sambruk.core.documents.RowError;
import se.sambruk.core.documents.TableReader;
import se.sambruk.core.documents.UnreadableFile;

/**
 * A statement as Swedish banks export it to CSV, read with the core's {@link TableReader} (UTF-8
 * or Windows-1252; {@code ;}, {@code ,} or tab). The banks name the columns differently, so each
 * part is found by the names they use: the day (Bokföringsdag, Bokförd, Bokföringsdatum,
 * Transaktionsdag, Transaktionsdatum, Reskontradatum, Datum), the amount (Belopp, Belopp SEK) and
 * the text (Text, Beskrivning, Rubrik, Text/mottagare, Meddelande, Referens). Lines before the
 * headings that start with {@code *} (Swedbank's period line) are skipped.
 */
final class BankCsvReader {

    static final List<String> DATE = List.of("bokföringsdag", "bokförd", "bokföringsdatum", "transaktionsdag", "transaktionsdatum",
            "reskontradatum", "datum");
    static final List<String> AMOUNT = List.of("belopp", "belopp sek", "belopp (sek)");
    static final List<String> TEXT = List.of("text", "beskrivning", "rubrik", "text/mottagare", "meddelande", "referens", "mottagare");

    private BankCsvReader() {
    }

    static StatementFile read(byte[] content) {
        ImportTable table;
        try {
            table = TableReader.read(withoutPreamble(content), StatementFile.MAX_LINES);
        } catch (UnreadableFile e) {
            return new StatementFile("CSV", List.of(), List.of(e.getMessage()));
        }
        String date = first(table, DATE);
        String amount = first(table, AMOUNT);
        String text = first(table, TEXT);
        List<String> missing = new ArrayList<>();
        if (date == null) {
            missing.add("bokföringsdag");
        }
        if (amount == null) {
            missing.add("belopp");
        }
        if (!missing.isEmpty()) {
            return new StatementFile("CSV", List.of(), List.of("Filen saknar kolumnen för " + String.join(" och ", missing)
                    + " i första raden. Exportera kontoutdraget från banken som CSV eller camt.053."));
        }
        Map<String, Integer> seen = new HashMap<>();
        ImportResult<StatementLine> result = table.map(row -> {
            LocalDate day = row.date(date);
            if (day == null) {
                throw row.problem(date, "saknas");
            }
            BigDecimal sum = row.decimal(amount);
            if (sum == null) {
                throw row.problem(amount, "saknas");
            }
            if (sum.scale() > 2) {
                throw row.problem(amount, "har fler än två decimaler");
            }
            String words = text == null ? "" : row.text(text);
            String key = day + "|" + sum.toPlainString() + "|" + words;
            String reference = "csv:" + key + "#" + seen.merge(key, 1, Integer::sum);
            return new StatementLine(day, sum, words.length() > 300 ? words.substring(0, 300) : words,
                    reference.length() > 200 ? reference.substring(0, 200) : reference);
        });
        List<String> errors = new ArrayList<>();
        for (RowError error : result.errors()) {
            errors.add(error.toString());
        }
        if (result.values().isEmpty() && errors.isEmpty()) {
            errors.add("Filen har inga rader under rubrikraden.");
        }
        return new StatementFile("CSV", errors.isEmpty() ? result.values() : List.of(), errors);
    }

    private static String first(ImportTable table, List<String> names) {
        return names.stream().filter(table::hasColumn).findFirst().orElse(null);
    }

    /** Drops Swedbank's "* Transaktioner Period ..." lines before the headings. */
    private static byte[] withoutPreamble(byte[] content) {
        int start = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        int cut = start;
        while (cut < content.length && content[cut] == '*') {
            int end = cut;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            cut = Math.min(end + 1, content.length);
        }
        if (cut == start) {
            return content;
        }
        byte[] rest = new byte[content.length - cut];
        System.arraycopy(content, cut, rest, 0, rest.length);
        return rest.length == 0 ? "".getBytes(StandardCharsets.UTF_8) : rest;
    }
}
