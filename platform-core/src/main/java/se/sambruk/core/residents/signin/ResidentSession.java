package se.sambruk.core.residents.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/**
 * The resident's part of the browser session: the signed-in resident (its own attribute, never a
 * Spring Security authentication), the authorization requests on their way, pending signatures
 * and a form kept over an ended session. The resident is signed out after
 * {@code sambruk.residents.idle-timeout} without a request; the time of the last request is
 * written at most every 30 seconds, so most page views write nothing to the session.
 */
@Component("eidResidentSession")
public class ResidentSession {

    static final String RESIDENT = "se.sambruk.core.residents.resident";
    static final String ENDED = "se.sambruk.core.residents.ended";
    static final String PENDING = "se.sambruk.core.residents.pending";
    static final String KEPT_FORM = "se.sambruk.core.residents.keptForm";
    private static final Duration WRITE_EVERY = Duration.ofSeconds(30);
    private static final Duration PENDING_KEPT = Duration.ofMinutes(15);
    private static final int MAX_PENDING = 5;

    private final ResidentSettings settings;
    private final Clock clock;

    ResidentSession(ResidentSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The signed-in resident, or empty (and the resident signed out) once idle too long. */
    public Optional<SignedInResident> current(HttpServletRequest request) {
        Object cached = request.getAttribute(RESIDENT);
        if (cached instanceof SignedInResident resident) {
            return Optional.of(resident);
        }
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(RESIDENT) instanceof SignedInResident resident)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(resident.lastSeen().plus(settings.idleTimeout()))) {
            session.removeAttribute(RESIDENT);
            session.setAttribute(ENDED, resident.id());
            return Optional.empty();
        }
        if (!now.isBefore(resident.lastSeen().plus(WRITE_EVERY))) {
            resident = resident.seenAt(now);
            session.setAttribute(RESIDENT, resident);
        }
        request.setAttribute(RESIDENT, resident);
        return Optional.of(resident);
    }

    /** When the resident's session ends if nothing more happens. */
    public Instant endsAt(SignedInResident resident) {
        return resident.lastSeen().plus(settings.idleTimeout());
    }

    /** The id of the resident whose session ended by timeout in this browser, if one did. */
    Optional<Long> endedResident(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ENDED) instanceof Long id ? Optional.of(id) : Optional.empty();
    }

    /** Signs in: a new session id first, so that an id planted before the sign-in is worth nothing. */
    void signIn(HttpServletRequest request, SignedInResident resident) {
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.removeAttribute(ENDED);
        session.setAttribute(RESIDENT, resident);
        request.setAttribute(RESIDENT, resident);
    }

    void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        request.removeAttribute(RESIDENT);
        if (session != null) {
            session.removeAttribute(RESIDENT);
            session.removeAttribute(ENDED);
            session.removeAttribute(PENDING);
            session.removeAttribute(KEPT_FORM);
            request.changeSessionId();
        }
    }

    void addPending(HttpServletRequest request, PendingAuthorization pending) {
        HttpSession session = request.getSession(true);
        Map<String, PendingAuthorization> all = pending(session);
        all.values().removeIf(old -> old.createdAt().plus(PENDING_KEPT).isBefore(clock.instant()));
        while (all.size() >= MAX_PENDING) {
            all.remove(all.keySet().iterator().next());
        }
        all.put(pending.state(), pending);
        session.setAttribute(PENDING, all);
    }

    /** The pending request with this state (taken: a state is used once), if it is not too old. */
    Optional<PendingAuthorization> takePending(HttpServletRequest request, String state) {
        HttpSession session = request.getSession(false);
        if (session == null || state == null) {
            return Optional.empty();
        }
        Map<String, PendingAuthorization> all = pending(session);
        PendingAuthorization pending = all.remove(state);
        session.setAttribute(PENDING, all);
        return Optional.ofNullable(pending).filter(found -> found.createdAt().plus(PENDING_KEPT).isAfter(clock.instant()));
    }

    void keepForm(HttpServletRequest request, KeptForm form) {
        request.getSession(true).setAttribute(KEPT_FORM, form);
    }

    Optional<KeptForm> keptForm(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(KEPT_FORM) instanceof KeptForm form ? Optional.of(form) : Optional.empty();
    }

    void dropKeptForm(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(KEPT_FORM);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, PendingAuthorization> pending(HttpSession session) {
        Object stored = session.getAttribute(PENDING);
        return stored instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<String, PendingAuthorization>) map : new LinkedHashMap<>();
    }
}
