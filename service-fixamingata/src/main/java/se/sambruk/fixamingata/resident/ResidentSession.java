package se.sambruk.fixamingata.resident;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/**
 * Who is signed in as a resident in this browser: the id of a fixamingata.resident in a session
 * attribute of its own, apart from Spring Security's staff login (a resident has no roles and
 * reaches nothing but the residents' pages). Looked up on every request, so a deleted account is
 * signed out at once.
 */
@Component
public class ResidentSession {

    static final String ATTRIBUTE = "fixamingata.resident";

    private final Residents residents;

    ResidentSession(Residents residents) {
        this.residents = residents;
    }

    public Optional<Resident> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Long id)) {
            return Optional.empty();
        }
        Optional<Resident> resident = residents.find(id);
        if (resident.isEmpty()) {
            session.removeAttribute(ATTRIBUTE);
        }
        return resident;
    }

    /** Signs in: a new session id first, so that an id planted before the sign-in is worth nothing. */
    void signIn(HttpServletRequest request, Resident resident) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(ATTRIBUTE, resident.id());
    }

    void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
            request.changeSessionId();
        }
    }
}
