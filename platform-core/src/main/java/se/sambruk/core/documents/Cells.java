package se.sambruk.core.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How a cell's value reads as text (CSV and the text of a cell whose type a workbook lacks). */
final class Cells {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Cells() {
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, STOCKHOLM);
    }

    /** The text of a value; numbers with a decimal comma, as Swedish Excel reads them. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Boolean bool) {
            return bool ? "ja" : "nej";
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(local(instant));
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof java.util.Date date) {
            return DATE_TIME.format(local(date.toInstant()));
        }
        return value.toString();
    }
}
