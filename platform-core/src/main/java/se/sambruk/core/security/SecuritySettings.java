package se.sambruk.core.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failed sign-ins of a username from one address before each further one waits longer ({@link LoginThrottle})
 * @param lockout the longest such wait, and how long failures are remembered
 * @param failedLoginsPerAddress failed sign-ins from one address, any usernames, before delays start
 * @param failedLoginsPerUsername failed sign-ins of one username, any addresses, before delays start (at most 30 s)
 * @param accessTokenTtl lifetime of the machine clients' access tokens
 */
@ConfigurationProperties("sambruk.security")
record SecuritySettings(Integer maxFailedLogins, Duration lockout, Integer failedLoginsPerAddress, Integer failedLoginsPerUsername,
                        Duration accessTokenTtl) {

    SecuritySettings {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        failedLoginsPerAddress = failedLoginsPerAddress == null ? 20 : failedLoginsPerAddress;
        failedLoginsPerUsername = failedLoginsPerUsername == null ? 20 : failedLoginsPerUsername;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(10) : accessTokenTtl;
    }
}
