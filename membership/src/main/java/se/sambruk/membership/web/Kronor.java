package se.sambruk.membership.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money in öre, written and read as Swedish kronor ("3 400 000", "12 500,50"). */
public final class Kronor {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Kronor() {
    }

    /** "3 400 000" for whole kronor, "12 500,50" otherwise; groups separated by a no-break space. */
    public static String format(long ore) {
        DecimalFormat format = new DecimalFormat(ore % 100 == 0 ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(SWEDISH));
        return format.format(BigDecimal.valueOf(ore, 2)).replace('\u202f', '\u00a0');
    }

    /** Kronor with a point as decimal separator and no grouping, for CSV files ("3400000.00"). */
    public static String plain(long ore) {
        return BigDecimal.valueOf(ore, 2).toPlainString();
    }

    /** Kronor as typed ("12 500", "12500,50", "12 500 kr"); null unless a non-negative amount with at most two decimals. */
    public static Long parse(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("[\\s\\u00a0\\u202f]|kr", "").replace(',', '.');
        if (!cleaned.matches("\\d{1,11}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(cleaned).movePointRight(2).longValueExact();
    }

    /** For templates: {@code ${kr.of(amount)}}. */
    public static final class Formatter {
        public String of(long ore) {
            return format(ore);
        }
    }
}
