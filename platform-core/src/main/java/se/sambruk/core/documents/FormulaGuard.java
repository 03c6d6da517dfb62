package se.sambruk.core.documents;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running what someone typed: a cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @} (or their full-width forms), a tab, a carriage return or a line
 * feed is a formula (or becomes one) in
 * Excel and LibreOffice, so such text gets a leading apostrophe, which both show as text. A plain
 * number ({@code -12}, {@code -3,5}) cannot be a formula and is left alone.
 */
public final class FormulaGuard {

    /** The full-width forms of = + - @, which spreadsheets with an East Asian input method read as the plain ones. */
    private static final String FULL_WIDTH = "\uFF1D\uFF0B\uFF0D\uFF20";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private FormulaGuard() {
    }

    /** Whether a spreadsheet could take this text for a formula. */
    public static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean formulaStart = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n' || FULL_WIDTH.indexOf(first) >= 0;
        return formulaStart && !PLAIN_NUMBER.matcher(text).matches();
    }

    /** The text as a spreadsheet shows it, never as a formula. */
    public static String guard(String text) {
        if (text == null) {
            return "";
        }
        return risky(text) ? "'" + text : text;
    }
}
