package se.sambruk.egil.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sambruk.core.CurrentUser;
import se.sambruk.egil.sources.Source;
import se.sambruk.egil.sources.Sources;
import se.sambruk.egil.sync.SchoolUpdates;

/**
 * The webhook an SS 12000 subscription calls when data changed: the source's system signs in as
 * the organiser's API client (OAuth2 client credentials) and EGIL reads the changes and syncs
 * the suppliers early, in the background. The notification's body is not needed.
 */
@RestController
class SourceNotificationApi {

    private final Sources sources;
    private final SchoolUpdates updates;

    SourceNotificationApi(Sources sources, SchoolUpdates updates) {
        this.sources = sources;
        this.updates = updates;
    }

    @PostMapping("/api/v1/egil/sources/{id}/notifications")
    ResponseEntity<Map<String, Object>> notified(@PathVariable long id) {
        CurrentUser caller = CurrentUser.require();
        Source source = sources.findByIdAndOrganisationId(id, caller.organisationId()).orElseThrow(EgilAdmin.NotFound::new);
        updates.notified(source);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("source", id, "status", "accepted"));
    }
}
