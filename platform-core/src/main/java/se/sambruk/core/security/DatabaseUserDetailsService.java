package se.sambruk.core.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUsers users;
    private final Clock clock;

    DatabaseUserDetailsService(AppUsers users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username)
                .filter(found -> found.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new SambrukUserDetails(user, user.isLockedAt(clock.instant()));
    }
}
