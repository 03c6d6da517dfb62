package se.sambruk.core.residents.signin;

import java.time.LocalDate;
import java.util.Map;

import se.sambruk.core.PersonalIdentityNumber;

/**
 * Who the ID token says the resident is: the personnummer from the first of the provider's
 * configured claims that is present (validated by date and Luhn check digit; a sign-in without a
 * valid one is refused), the given name and surname, and protected identity where the provider
 * sends it.
 */
public record IdentityClaims(PersonalIdentityNumber personalIdentityNumber, String givenName, String surname,
                      boolean protectedIdentity) {

    static IdentityClaims from(Map<String, Object> claims, ResidentSettings.Provider provider, LocalDate today) {
        String number = null;
        for (String claim : provider.personalIdentityNumberClaims()) {
            if (claims.get(claim) instanceof String value && !value.isBlank()) {
                number = value;
                break;
            }
        }
        if (number == null) {
            throw new SignInFailed(SignInFailure.MISSING_PERSONAL_IDENTITY_NUMBER, "none of " + provider.personalIdentityNumberClaims());
        }
        PersonalIdentityNumber personalIdentityNumber;
        try {
            // the eID framework sends the 12 digits; some brokers write a hyphen
            personalIdentityNumber = PersonalIdentityNumber.parse(number, today);
        } catch (IllegalArgumentException e) {
            throw new SignInFailed(SignInFailure.INVALID_PERSONAL_IDENTITY_NUMBER, e.getMessage());
        }
        String givenName = text(claims.get(provider.givenNameClaim()));
        String surname = text(claims.get(provider.surnameClaim()));
        if (givenName == null && surname == null) {
            throw new SignInFailed(SignInFailure.MISSING_NAME, provider.givenNameClaim() + ", " + provider.surnameClaim());
        }
        Object flag = provider.protectedIdentityClaim() == null ? null : claims.get(provider.protectedIdentityClaim());
        boolean protectedIdentity = Boolean.TRUE.equals(flag) || "true".equalsIgnoreCase(String.valueOf(flag));
        return new IdentityClaims(personalIdentityNumber, givenName == null ? "" : givenName, surname == null ? "" : surname,
                protectedIdentity);
    }

    private static String text(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        String clean = text.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}
