package se.sambruk.fixamingata.open311;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.sambruk.fixamingata.SecretTokens;

/**
 * Open311 api keys, stored as SHA-256 hashes. A key belongs to a municipality's back-end (it may push
 * updates for that municipality's reports) or to an app (no organisation: it may report anywhere).
 */
@Component
public class ApiKeys {

    private final JdbcTemplate jdbc;

    ApiKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who holds the key: empty when the key is unknown; a holder with a null organisation is an app. */
    public Optional<Holder> holder(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Optional.empty();
        }
        return jdbc.query("select name, organisation_id from fixamingata.api_key where key_hash = ?",
                (rs, i) -> new Holder(rs.getString(1), (Long) rs.getObject(2)), SecretTokens.sha256(apiKey)).stream().findFirst();
    }

    public record Holder(String name, Long organisationId) {
    }

    /** Registers a key (given, so that it can be handed over beforehand); idempotent. */
    public void register(String apiKey, String name, Long organisationId) {
        jdbc.update("insert into fixamingata.api_key (organisation_id, name, key_hash) values (?, ?, ?) on conflict (key_hash) do nothing",
                organisationId, name, SecretTokens.sha256(apiKey));
    }
}
