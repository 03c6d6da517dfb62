package se.sambruk.core.security;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.UserRoleGrants;

@Component
class UserRoleGranting implements UserRoleGrants {

    private final AppUsers users;
    private final SignedInSessions sessions;

    UserRoleGranting(AppUsers users, SignedInSessions sessions) {
        this.users = users;
        this.sessions = sessions;
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
