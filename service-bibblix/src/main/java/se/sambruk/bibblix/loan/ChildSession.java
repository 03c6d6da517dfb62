package se.sambruk.bibblix.loan;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The child signed in with a library card, as a session attribute of its own (not a Spring Security sign-in: no roles). */
public final class ChildSession {

    private static final String ATTRIBUTE = "bibblix.child";

    private ChildSession() {
    }

    public static Optional<Child> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Child) session.getAttribute(ATTRIBUTE));
    }

    /** Signs the child in, with a new session id (no fixation). */
    public static void signIn(HttpServletRequest request, Child child) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(ATTRIBUTE, child);
    }

    public static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
            request.changeSessionId();
        }
    }
}
