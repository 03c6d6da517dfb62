package se.sambruk.core.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordRulesTests {

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "PASSWORD1234", "qwertyuiop123", "123456789012", "sommar123456",
            "Sommar2024!", "losenord1234", "iloveyou1234", "qwerty123456", "administrator", "1q2w3e4r5t6y", "welcome12345"})
    void commonPasswordsAreRefused(String password) {
        assertThat(PasswordRules.problem(password)).as(password).contains(password.length() < 12 ? "password.tooShort" : "password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abababababab", "111122223333", "aaaabbbbaaaa"})
    void passwordsWithoutVarietyAreRefused(String password) {
        assertThat(PasswordRules.problem(password)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"korrekt häst batteri häftklammer", "sambruk-demo", "Tre små grisar åt 17 äpplen", "vj8#Lq2!mZp0"})
    void longUncommonPasswordsAreAccepted(String password) {
        assertThat(PasswordRules.problem(password)).as(password).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kort", "elva tecken"})
    void shortPasswordsAreRefusedForTheirLength(String password) {
        assertThat(PasswordRules.problem(password)).contains("password.tooShort");
        assertThatThrownBy(() -> UserAccounts.checkPassword(password)).hasMessage("password.tooShort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "password1234"})
    void accountsRefuseThemToo(String password) {
        assertThatThrownBy(() -> UserAccounts.checkPassword(password)).isInstanceOf(IllegalArgumentException.class);
    }
}
