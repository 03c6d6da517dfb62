package se.sambruk.core.residents.signin;

/**
 * Where a resident may be sent back to after signing in: a path of the residents' pages on this
 * site, nothing else (no other host, no scheme, no {@code //}, no backslash, no control characters).
 */
final class ReturnPath {

    static final String HOME = "/e-tjanster";

    private ReturnPath() {
    }

    static String of(String requested) {
        if (requested == null || requested.length() > 2000
                || !(requested.equals(HOME) || requested.startsWith(HOME + "/") || requested.startsWith(HOME + "?"))
                || requested.contains("//") || requested.contains("\\") || requested.contains("/..")
                || requested.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || requested.startsWith(HOME + "/logga-in") || requested.startsWith(HOME + "/logga-ut")) {
            return HOME;
        }
        return requested;
    }
}
