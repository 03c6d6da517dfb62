package se.sambruk.core.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failures in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param accessTokenTtl lifetime of the machine clients' access tokens
 */
@ConfigurationProperties("sambruk.security")
record SecuritySettings(Integer maxFailedLogins, Duration lockout, Duration accessTokenTtl) {

    SecuritySettings {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(10) : accessTokenTtl;
    }
}
