package se.sambruk.core.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleRuleTests {

    @Test
    void freeFailuresThenDelaysThatDoubleUpToTheCap() {
        LoginThrottle.Rule rule = new LoginThrottle.Rule(5, Duration.ofMinutes(15));
        assertThat(rule.delayAfter(1)).isZero();
        assertThat(rule.delayAfter(4)).isZero();
        assertThat(rule.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(rule.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(rule.delayAfter(9)).isEqualTo(Duration.ofSeconds(16));
        assertThat(rule.delayAfter(15)).isEqualTo(Duration.ofMinutes(15));
        assertThat(rule.delayAfter(5000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aUsernameFromAnywhereIsSlowedByHalfAMinuteAtMost() {
        LoginThrottle.Rule username = new LoginThrottle.Rule(20, LoginThrottle.USERNAME_CAP);
        assertThat(username.delayAfter(19)).isZero();
        assertThat(username.delayAfter(20)).isEqualTo(Duration.ofSeconds(1));
        assertThat(username.delayAfter(1000)).isEqualTo(Duration.ofSeconds(30));
    }
}
