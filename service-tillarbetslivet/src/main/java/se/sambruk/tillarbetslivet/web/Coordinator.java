package se.sambruk.tillarbetslivet.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ResponseStatus;
import se.sambruk.core.CurrentUser;
import se.sambruk.tillarbetslivet.Tillarbetslivet;

/** Every coordinator page is for TAL_COORDINATOR and shows only the user's organisation's records. */
final class Coordinator {

    private Coordinator() {
    }

    static CurrentUser require() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Tillarbetslivet.COORDINATOR)) {
            throw new AccessDeniedException("Tillarbetslivet is for its coordinators");
        }
        return user;
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("No such Tillarbetslivet record in the organisation");
        }
    }
}
