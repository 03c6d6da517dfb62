package se.sambruk.uka.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ResponseStatus;
import se.sambruk.core.CurrentUser;
import se.sambruk.uka.UkaModule;

/** Every UKA page is for the municipality's UKA caseworkers and shows only their municipality's people. */
final class UkaCaseworker {

    private UkaCaseworker() {
    }

    static CurrentUser require() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(UkaModule.UKA_CASEWORKER)) {
            throw new AccessDeniedException("UKA is for UKA caseworkers");
        }
        return user;
    }

    /** The username the register keeps as caseworker and "by whom". */
    static String username() {
        return org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getName();
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("No such UKA record in the municipality");
        }
    }
}
