package se.sambruk.provisum.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.MemberRegister;
import se.sambruk.core.ServiceSubscriptions;
import se.sambruk.provisum.ProvisumModule;

/**
 * The caseworker's office: the organisation that subscribes to Provisum and the municipalities it
 * serves (itself and, as host municipality, those its subscription covers). Every query of the
 * register is scoped to {@link Scope#municipalities()}.
 */
@Component("provisumOffice")
public class Office {

    /** Who asks and the municipalities whose cases they may reach. */
    public record Scope(CurrentUser user, Set<Long> municipalities) {

        public boolean covers(long municipalityId) {
            return municipalities.contains(municipalityId);
        }
    }

    private final ServiceSubscriptions subscriptions;
    private final MemberRegister register;
    private final Clock clock;

    Office(ServiceSubscriptions subscriptions, MemberRegister register, Clock clock) {
        this.subscriptions = subscriptions;
        this.register = register;
        this.clock = clock;
    }

    public Scope require() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(ProvisumModule.PROVISUM_CASEWORKER) || user.isStaff()) {
            throw new AccessDeniedException("Provisum is for the överförmyndare's caseworkers");
        }
        Set<Long> served = subscriptions.servedBy(user.organisationId(), "provisum", today());
        if (served.isEmpty()) {
            throw new AccessDeniedException("The organisation is not an överförmyndare office in Provisum");
        }
        return new Scope(user, served);
    }

    /** The served municipalities by name, for forms and lists. */
    public Map<Long, String> names(Scope scope) {
        Map<Long, String> names = new TreeMap<>();
        for (long id : scope.municipalities()) {
            names.put(id, register.organisation(id).map(MemberRegister.OrganisationRef::name).orElse("#" + id));
        }
        return names;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Another office's record, or none at all: the same answer, so ids reveal nothing. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public static final class NotFound extends RuntimeException {
        public NotFound() {
            super("No such Provisum record for the office");
        }
    }
}
