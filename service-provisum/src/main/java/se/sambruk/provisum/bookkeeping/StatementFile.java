package se.sambruk.provisum.bookkeeping;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A bank statement file as the guardian uploads it: ISO 20022 camt.053 (XML) or CSV as Swedish
 * banks export it, told by the content. A file with any error imports nothing: {@link #ok()} is
 * false and {@link #errors()} says what and where.
 */
public record StatementFile(String format, List<StatementLine> lines, List<String> errors) {

    public static final int MAX_LINES = 20_000;

    public boolean ok() {
        return errors.isEmpty() && !lines.isEmpty();
    }

    public static StatementFile read(byte[] content) {
        if (content == null || content.length == 0) {
            return new StatementFile("", List.of(), List.of("Filen är tom."));
        }
        String start = new String(content, 0, Math.min(content.length, 200), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (start.startsWith("<")) {
            return Camt053Reader.read(content);
        }
        return BankCsvReader.read(content);
    }
}
