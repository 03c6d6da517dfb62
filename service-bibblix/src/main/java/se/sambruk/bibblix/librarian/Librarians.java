package se.sambruk.bibblix.librarian;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import se.sambruk.bibblix.Bibblix;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.Municipalities;

/**
 * Who may do what among librarians: every page needs the role BIBBLIX_LIBRARIAN (the core's gate
 * has already checked that the organisation uses Bibblix); the shared catalogue (selection,
 * blurbs, categories, imports) is kept by the content manager's librarians
 * ({@code sambruk.bibblix.content-manager}, a kommunkod: 1280 Malmö, for Malmö Stadsbibliotek).
 */
@Component
public class Librarians {

    private final Municipalities municipalities;
    private final String contentManager;

    Librarians(Municipalities municipalities, @Value("${sambruk.bibblix.content-manager:1280}") String contentManager) {
        this.municipalities = municipalities;
        this.contentManager = contentManager;
    }

    public CurrentUser require() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Bibblix.LIBRARIAN)) {
            throw new AccessDeniedException("Bibblix's pages are for its librarians");
        }
        return user;
    }

    public Optional<Long> contentManager() {
        return municipalities.organisationId(contentManager);
    }

    public boolean isContentManager(CurrentUser user) {
        return contentManager().map(id -> id == user.organisationId()).orElse(false);
    }

    /** A librarian of the content manager, or 403. */
    public CurrentUser requireContentManager() {
        CurrentUser user = require();
        if (!isContentManager(user)) {
            throw new AccessDeniedException("The catalogue is kept by the content manager");
        }
        return user;
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("No such Bibblix record for the organisation");
        }
    }
}
