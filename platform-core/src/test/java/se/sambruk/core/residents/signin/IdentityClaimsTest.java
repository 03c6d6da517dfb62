package se.sambruk.core.residents.signin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityClaimsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final ResidentSettings.Provider DEFAULTS = ResidentSettings.Provider.of(null, "https://b", "c", "s", "protected");

    @Test
    void readsTheEidFrameworkClaimTheBareNameOrTheOid() {
        for (String claim : ResidentSettings.Provider.DEFAULT_PERSONAL_IDENTITY_NUMBER_CLAIMS) {
            IdentityClaims identity = IdentityClaims.from(Map.of(claim, "198507099805", "given_name", "Anna", "family_name", "Testsson"),
                    DEFAULTS, TODAY);
            assertThat(identity.personalIdentityNumber().value()).isEqualTo("198507099805");
            assertThat(identity.givenName()).isEqualTo("Anna");
            assertThat(identity.protectedIdentity()).isFalse();
        }
    }

    @Test
    void aBrokerOfItsOwnNamesIsConfigured() {
        ResidentSettings.Provider broker = new ResidentSettings.Provider(null, "https://b", "c", "s", null, List.of("ssn"), "fornamn",
                "efternamn", null, null, null);
        IdentityClaims identity = IdentityClaims.from(Map.of("ssn", "19850709-9805", "fornamn", "Anna", "efternamn", "Testsson"),
                broker, TODAY);
        assertThat(identity.personalIdentityNumber().value()).isEqualTo("198507099805");
        assertThat(identity.surname()).isEqualTo("Testsson");
    }

    @Test
    void protectedIdentityFromTheConfiguredClaim() {
        assertThat(IdentityClaims.from(Map.of("personalIdentityNumber", "198507099805", "given_name", "A", "protected", true),
                DEFAULTS, TODAY).protectedIdentity()).isTrue();
        assertThat(IdentityClaims.from(Map.of("personalIdentityNumber", "198507099805", "given_name", "A", "protected", "true"),
                DEFAULTS, TODAY).protectedIdentity()).isTrue();
    }

    @Test
    void refusesNoNumberABadNumberAndNoName() {
        assertThatThrownBy(() -> IdentityClaims.from(Map.of("given_name", "A"), DEFAULTS, TODAY))
                .extracting(thrown -> ((SignInFailed) thrown).failure()).isEqualTo(SignInFailure.MISSING_PERSONAL_IDENTITY_NUMBER);
        for (String bad : List.of("198507099806", "198513099805", "12345", "abc", "198507099805 OR 1=1")) {
            assertThatThrownBy(() -> IdentityClaims.from(Map.of("personalIdentityNumber", bad, "given_name", "A"), DEFAULTS, TODAY))
                    .as(bad).extracting(thrown -> ((SignInFailed) thrown).failure())
                    .isEqualTo(SignInFailure.INVALID_PERSONAL_IDENTITY_NUMBER);
        }
        assertThatThrownBy(() -> IdentityClaims.from(Map.of("personalIdentityNumber", "198507099805"), DEFAULTS, TODAY))
                .extracting(thrown -> ((SignInFailed) thrown).failure()).isEqualTo(SignInFailure.MISSING_NAME);
    }

    @Test
    void namesAreCleanedAndBounded() {
        IdentityClaims identity = IdentityClaims.from(Map.of("personalIdentityNumber", "198507099805",
                "given_name", " An\u0000na ", "family_name", "x".repeat(500)), DEFAULTS, TODAY);
        assertThat(identity.givenName()).isEqualTo("Anna");
        assertThat(identity.surname()).hasSize(200);
    }
}
