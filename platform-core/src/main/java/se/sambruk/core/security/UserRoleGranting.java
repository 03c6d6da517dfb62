package se.sambruk.core.security;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.UserRoleGrants;

@Component
class UserRoleGranting implements UserRoleGrants {

    private final AppUsers users;

    UserRoleGranting(AppUsers users) {
        this.users = users;
    }

    @Override
    @Transactional
    public Optional<Long> grant(String username, String role) {
        return users.findByUsernameIgnoreCase(username).map(user -> {
            user.getRoles().add(role);
            return user.getOrganisationId();
        });
    }
}
