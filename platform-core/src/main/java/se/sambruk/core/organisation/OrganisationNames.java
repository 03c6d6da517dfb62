package se.sambruk.core.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Organisations' names by id, for lists that name the organisation of each row. Plain SQL:
 * lists are read on every page view, and a JPA query with a list of ids is translated again
 * on every call.
 */
@Component
public class OrganisationNames {

    private final JdbcTemplate jdbc;

    OrganisationNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of just these organisations. */
    public Map<Long, String> of(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        String array = ids.stream().distinct().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        jdbc.query("select id, name from core.organisation where id = any (?::bigint[])",
                rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                }, array);
        return names;
    }
}
