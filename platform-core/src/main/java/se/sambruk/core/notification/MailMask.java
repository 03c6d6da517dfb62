package se.sambruk.core.notification;

/**
 * What staff see of a mail in the outbox: enough to follow delivery, never whom a service wrote
 * to or about what. The recipient keeps only its domain ({@code •••@example.se}) and the subject
 * only its first word (the service or notice, such as "FixaMinGata"); bodies, which carry
 * residents' one-time sign-in links, are never shown.
 */
final class MailMask {

    static final String HIDDEN = "•••";

    private MailMask() {
    }

    static String recipient(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        int at = address.lastIndexOf('@');
        return at < 0 ? HIDDEN : HIDDEN + address.substring(at).strip();
    }

    static String subject(String subject) {
        if (subject == null || subject.isBlank()) {
            return "";
        }
        String stripped = subject.strip();
        int space = stripped.indexOf(' ');
        String first = space < 0 ? stripped : stripped.substring(0, space);
        if (first.endsWith(":")) {
            first = first.substring(0, first.length() - 1);
        }
        return first.length() > 30 ? HIDDEN : first + " " + HIDDEN;
    }
}
