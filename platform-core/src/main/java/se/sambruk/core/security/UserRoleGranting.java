package se.sambruk.core.security;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.UserRoleGrants;

@Component
class UserRoleGranting implements UserRoleGrants {

    private final AppUsers users;
    private final SignedInSessions sessions;

    private final JdbcTemplate jdbc;

    UserRoleGranting(AppUsers users, SignedInSessions sessions, JdbcTemplate jdbc) {
        this.users = users;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    @Override
    public List<RoleHolder> holders(long organisationId, String role) {
        return jdbc.query("""
                select u.id, u.username, u.display_name from core.app_user u join core.user_role r on r.user_id = u.id
                 where u.organisation_id = ? and r.role = ? and u.enabled order by u.display_name, u.username
                """, (rs, n) -> new RoleHolder(rs.getLong(1), rs.getString(2), rs.getString(3)), organisationId, role);
    }

    @Override
    @Transactional
    public Optional<Long> grant(String username, String role) {
        return users.findByUsernameIgnoreCase(username).map(user -> {
            if (user.getRoles().add(role)) {
                sessions.end(user.getUsername()); // the next sign-in carries the new role
            }
            return user.getOrganisationId();
        });
    }
}
