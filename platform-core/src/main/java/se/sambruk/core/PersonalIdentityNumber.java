package se.sambruk.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personnummer or samordningsnummer (day of birth plus 60), validated by date and
 * Luhn check digit and kept in the 12-digit form {@code YYYYMMDDNNNC}. Shown masked unless
 * the user needs the whole number; every read of the whole number is to be audited.
 */
public record PersonalIdentityNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{2})?(\\d{6})([-+]?)(\\d{4})$");

    public PersonalIdentityNumber {
        if (value == null || !value.matches("\\d{12}")) {
            throw new IllegalArgumentException("A personal identity number has 12 digits");
        }
        if (birthDate(value) == null) {
            throw new IllegalArgumentException("No such date of birth");
        }
        if (!Luhn.valid(value.substring(2))) {
            throw new IllegalArgumentException("Wrong check digit");
        }
    }

    /**
     * Reads the forms people write: {@code YYYYMMDD-NNNC}, {@code YYYYMMDDNNNC},
     * {@code YYMMDD-NNNC} and {@code YYMMDD+NNNC} (a plus for those 100 or older), with the
     * century taken relative to {@code today}.
     */
    public static PersonalIdentityNumber parse(String text, LocalDate today) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Write the number as YYYYMMDD-NNNN");
        }
        String century = matcher.group(1);
        String date = matcher.group(2);
        if (century == null) {
            int year = Integer.parseInt(date.substring(0, 2));
            int candidate = (today.getYear() / 100) * 100 + year;
            if (candidate > today.getYear()) {
                candidate -= 100;
            }
            if ("+".equals(matcher.group(3))) {
                candidate -= 100;
            }
            century = String.valueOf(candidate / 100);
        }
        return new PersonalIdentityNumber(century + date + matcher.group(4));
    }

    public static boolean isValid(String text, LocalDate today) {
        try {
            parse(text, today);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean isCoordinationNumber() {
        return Integer.parseInt(value.substring(6, 8)) > 60;
    }

    public LocalDate dateOfBirth() {
        return birthDate(value);
    }

    /** {@code YYYYMMDD-NNNC}: the whole number, for the users who need it (audit the read). */
    public String formatted() {
        return value.substring(0, 8) + "-" + value.substring(8);
    }

    /** {@code YYYYMMDD-****}: what every list and page shows by default. */
    public String masked() {
        return value.substring(0, 8) + "-****";
    }

    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDate(String digits) {
        int day = Integer.parseInt(digits.substring(6, 8));
        try {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    day > 60 ? day - 60 : day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
