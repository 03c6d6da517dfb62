package se.sambruk.egil.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ResponseStatus;
import se.sambruk.core.CurrentUser;
import se.sambruk.egil.EgilModule;

/** Every EGIL page is for the organiser's EGIL administrators, and shows only their organisation's data. */
final class EgilAdmin {

    private EgilAdmin() {
    }

    static CurrentUser require() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(EgilModule.EGIL_ADMIN)) {
            throw new AccessDeniedException("EGIL is for EGIL administrators");
        }
        return user;
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("No such EGIL record in the organisation");
        }
    }
}
