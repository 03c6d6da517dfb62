package se.sambruk.core.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Figures written the Swedish way, one rule each: thousands grouped with a no-break space
 * ("1 234"), a decimal comma ("4,5"), a no-break space before units ("32 %", "1 234 kr"),
 * years never grouped ("2027"), dates as ISO 8601 ("2026-12-07"), months as "jan. 2026".
 * Coordinates keep a decimal point and five decimals ("57.98167, 12.10357", about a metre),
 * the form map services and GPS units read.
 */
public final class SwedishFormat {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final char NBSP = '\u00a0';
    private static final DecimalFormatSymbols SYMBOLS = symbols();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", SWEDISH);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", SWEDISH);

    private SwedishFormat() {
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(SWEDISH);
        symbols.setGroupingSeparator(NBSP);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('\u2212');
        return symbols;
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** A count, grouped: "1 234". */
    public static String count(long n) {
        return pattern("#,##0").format(n);
    }

    /** A number with exactly {@code decimals} decimals, grouped: "1 234,5". */
    public static String decimal(double value, int decimals) {
        return pattern(decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(value);
    }

    /** A number with at most {@code decimals} decimals: "4,5", "4". */
    public static String number(double value, int decimals) {
        return pattern(decimals <= 0 ? "#,##0" : "#,##0." + "#".repeat(decimals)).format(value);
    }

    /** An amount in öre as kronor: "1 234 kr" when whole, "12 500,50 kr" otherwise. */
    public static String amount(long ore) {
        return kronorNumber(ore) + NBSP + "kr";
    }

    /** An amount in öre as kronor without the unit, for tables whose header says "kr": "12 500,50". */
    public static String kronorNumber(long ore) {
        return pattern(ore % 100 == 0 ? "#,##0" : "#,##0.00").format(BigDecimal.valueOf(ore, 2));
    }

    /** Whole kronor with the unit: "3 400 000 kr". */
    public static String kronor(long kronor) {
        return count(kronor) + NBSP + "kr";
    }

    /** A year, never grouped: "2027". */
    public static String year(long year) {
        return Long.toString(year);
    }

    /** A percentage with no decimals: "32 %". */
    public static String percent(double percent) {
        return percent(percent, 0);
    }

    /** A percentage with at most {@code decimals} decimals: "4,5 %". */
    public static String percent(double percent, int decimals) {
        return number(percent, decimals) + NBSP + "%";
    }

    /** A part of a whole as a percentage ("4,5 %"); "–" when the whole is zero. */
    public static String share(double part, double whole, int decimals) {
        return whole == 0 ? "–" : percent(100 * part / whole, decimals);
    }

    /** One coordinate in decimal degrees, five decimals (about a metre) and a decimal point: "57.98167". */
    public static String coordinate(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(5, RoundingMode.HALF_UP).toPlainString();
    }

    /** A position as latitude, longitude: "57.98167, 12.10357". */
    public static String position(double latitude, double longitude) {
        return coordinate(latitude) + ", " + coordinate(longitude);
    }

    /** A date: "2026-12-07"; empty for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A date in words: "7 december 2026". */
    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** A moment in Stockholm time: "2026-12-07 14:05". */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(STOCKHOLM));
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : dateTime(time.toInstant());
    }

    public static String dateTime(ZonedDateTime time) {
        return time == null ? "" : dateTime(time.toInstant());
    }

    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /** A month, short: "jan. 2026". */
    public static String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** A month in full: "januari 2026". */
    public static String longMonth(YearMonth month) {
        return month == null ? "" : LONG_MONTH.format(month);
    }

    /** "1 organisation", "3 organisationer", "1 234 organisationer": the count grouped, the word by number. */
    public static String plural(long n, String one, String other) {
        return count(n) + NBSP + (n == 1 || n == -1 ? one : other);
    }
}
