package se.sambruk.core.security;

import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The rows of the user list pages, in one plain SQL statement with each user's organisation and
 * roles: the list is read on every view of a busy page, and reading entities to show five of
 * their columns cost a sixth of the page's CPU time.
 */
@Component
class UserList {

    /** One row of the list. */
    record Row(long id, String username, String organisationName, SortedSet<String> roles, boolean enabled) {
    }

    private static final String SELECT = """
            select u.id, u.username, o.name, u.enabled, string_agg(r.role, ',') as roles
            from core.app_user u
            join core.organisation o on o.id = u.organisation_id
            left join core.user_role r on r.user_id = u.id
            """;
    private static final String GROUP_AND_ORDER = " group by u.id, o.name order by u.username";

    private static final RowMapper<Row> ROW = (rs, rowNumber) -> {
        String roles = rs.getString("roles");
        return new Row(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                roles == null ? new TreeSet<>() : new TreeSet<>(Arrays.asList(roles.split(","))),
                rs.getBoolean("enabled"));
    };

    private final JdbcTemplate jdbc;

    UserList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> all() {
        return jdbc.query(SELECT + GROUP_AND_ORDER, ROW);
    }

    List<Row> ofOrganisation(long organisationId) {
        return jdbc.query(SELECT + " where u.organisation_id = ?" + GROUP_AND_ORDER, ROW, organisationId);
    }
}
