package se.sambruk.core.residents;

import java.util.Optional;

import se.sambruk.core.PersonalIdentityNumber;

/** The residents signed in with e-legitimation, and the persons with protected identity. */
public interface Residents {

    /** The resident signed in with e-legitimation in the current request's session, if any. */
    Optional<CurrentResident> current();

    /** The signed-in resident; throws {@link ResidentSignInRequired} (sign-in page, then back) without one. */
    default CurrentResident require() {
        return current().orElseThrow(ResidentSignInRequired::new);
    }

    /**
     * Whether this person has protected identity (skyddad identitet): the provider said so at a
     * sign-in, or a municipality marked the person. Withhold the person's address wherever it is
     * shown or sent, also to staff who see the person through a service.
     */
    boolean hasProtectedIdentity(PersonalIdentityNumber number);

    /** A municipality marks a person as having protected identity (audited); kept until unmarked. */
    void markProtectedIdentity(PersonalIdentityNumber number, long organisationId);

    /** A municipality removes its mark (audited); a provider's word at the next sign-in still counts. */
    void unmarkProtectedIdentity(PersonalIdentityNumber number, long organisationId);

    /** The path that signs a resident in and then returns to {@code returnTo} (a path under {@code /e-tjanster}). */
    static String signInPath(String returnTo) {
        return "/e-tjanster/logga-in?fortsatt=" + java.net.URLEncoder.encode(returnTo, java.nio.charset.StandardCharsets.UTF_8);
    }
}
