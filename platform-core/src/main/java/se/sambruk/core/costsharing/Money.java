package se.sambruk.core.costsharing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Kronor as people write them ("12 345,50"), öre as we keep them. */
public final class Money {

    private Money() {
    }

    /** Öre from a typed amount in kronor; null when it is not a non-negative amount with at most two decimals. */
    public static Long parseKronor(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("[\\s\\u00a0]", "").replace("kr", "").replace(',', '.');
        if (!cleaned.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(cleaned).movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /** "12 345,50" for 1234550 öre. */
    public static String format(long ore) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv")));
        return format.format(BigDecimal.valueOf(ore, 2));
    }

    /** "12345.50" for files that machines read. */
    public static String plain(long ore) {
        return BigDecimal.valueOf(ore, 2).toPlainString();
    }
}
