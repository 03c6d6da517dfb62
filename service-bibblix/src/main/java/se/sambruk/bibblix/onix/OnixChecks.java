package se.sambruk.bibblix.onix;

import java.util.ArrayList;
import java.util.List;

/**
 * What the ONIX schema does not check but a feed can get wrong: ISBN-13 check digits, Thema codes
 * that cannot exist (a subject code starts with one of Thema's subject letters, a qualifier with the
 * digit of its scheme: 94 place 1, 95 language 2, 96 time 3, 97 educational purpose 4, 98 interest 5,
 * 99 style 6), and an age range upside down or outside 0-99.
 */
public final class OnixChecks {

    private OnixChecks() {
    }

    public static List<String> problems(OnixProduct product, List<String[]> themaWithScheme) {
        List<String> problems = new ArrayList<>();
        if (product.isbn() != null && !isbn13Ok(product.isbn())) {
            problems.add("ISBN " + product.isbn() + " har fel kontrollsiffra eller form (13 siffror)");
        }
        for (String[] code : themaWithScheme) {
            if (!themaOk(code[0], code[1])) {
                problems.add("Thema-koden " + code[1] + " finns inte (schema " + code[0] + ")");
            }
        }
        Integer from = product.ageFrom();
        Integer to = product.ageTo();
        if ((from != null && (from < 0 || from > 99)) || (to != null && (to < 0 || to > 99))) {
            problems.add("Åldern måste vara 0–99 år");
        } else if (from != null && to != null && from > to) {
            problems.add("Åldersspannet är bakvänt: från " + from + " till " + to);
        }
        if (product.title() == null || product.title().isBlank()) {
            problems.add("Titel saknas");
        }
        return problems;
    }

    public static boolean isbn13Ok(String isbn) {
        if (isbn == null || !isbn.matches("\\d{13}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (isbn.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10 == isbn.charAt(12) - '0';
    }

    /** Whether the code has the shape Thema gives codes of its scheme (93 to 99); see {@link Thema}. */
    public static boolean themaOk(String scheme, String code) {
        return Thema.shapeOk(scheme, code);
    }

    /** The lowest age of a Thema interest-age qualifier (5AG 6+, 5AH 7+, ... 5AN 12+), if it is one. */
    public static Integer themaInterestAge(String code) {
        return Thema.interestAge(code);
    }

    /** The ISBN with its check digit computed, for generated feeds (12 digits in). */
    public static String isbn13(String first12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first12.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return first12 + (10 - sum % 10) % 10;
    }
}
