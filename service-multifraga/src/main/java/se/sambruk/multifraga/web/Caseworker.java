package se.sambruk.multifraga.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ResponseStatus;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.ServiceAccess;
import se.sambruk.multifraga.MultifragaModule;

/** Every Multifråga page is for the municipality's MF_CASEWORKERs, and shows only their organisation's look-ups. */
final class Caseworker {

    private Caseworker() {
    }

    static CurrentUser require(ServiceAccess access) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(MultifragaModule.MF_CASEWORKER)) {
            throw new AccessDeniedException("Multifråga is for its caseworkers");
        }
        access.check(user, "multifraga");
        return user;
    }

    /** The follow-up report for the log review is for the municipality's MF_REVIEWERs. */
    static CurrentUser requireReviewer(ServiceAccess access) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(MultifragaModule.MF_REVIEWER)) {
            throw new AccessDeniedException("The log review is for Multifråga's reviewers");
        }
        access.check(user, "multifraga");
        return user;
    }

    /** The client certificate is kept by the municipality's MF_ADMINs. */
    static CurrentUser requireAdmin(ServiceAccess access) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(MultifragaModule.MF_ADMIN)) {
            throw new AccessDeniedException("The client certificate is for Multifråga's administrators");
        }
        access.check(user, "multifraga");
        return user;
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("No such look-up in the organisation");
        }
    }
}
