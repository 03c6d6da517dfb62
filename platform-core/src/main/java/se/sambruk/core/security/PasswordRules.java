package se.sambruk.core.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be: at least {@link #MIN_LENGTH} characters, at most 200, with some
 * variety (at least {@link #MIN_DISTINCT} different characters: {@code aaaaaaaaaaaa} and
 * {@code abababababab} are refused), and not one of the common and breached passwords the app
 * ships ({@code security/common-passwords.txt}, compared without regard to case). The list is
 * read from the jar when a password is set, which is rare, so it holds no memory in between.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;
    static final int MIN_DISTINCT = 5;
    static final String LIST = "/security/common-passwords.txt";

    private PasswordRules() {
    }

    /** The message key of what is wrong with the password, or empty when it may be used. */
    static Optional<String> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.toLowerCase(Locale.ROOT).chars().distinct().count() < MIN_DISTINCT) {
            return Optional.of("password.tooSimple");
        }
        if (isCommon(password)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    static boolean isCommon(String password) {
        String wanted = password.strip().toLowerCase(Locale.ROOT);
        try (var in = PasswordRules.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals(wanted)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
