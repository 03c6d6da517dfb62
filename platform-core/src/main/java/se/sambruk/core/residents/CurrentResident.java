package se.sambruk.core.residents;

import java.time.Instant;

import se.sambruk.core.PersonalIdentityNumber;

/**
 * The resident signed in with e-legitimation in this browser. Declare it as a controller method
 * argument under {@code /e-tjanster/<serviceCode>/**} (a resident who is not signed in is sent
 * to sign in first), or ask {@link Residents#current()}.
 *
 * @param id a stable id for the person (the same at every sign-in), to keep in the service's own rows
 * @param personalIdentityNumber validated (date and Luhn); show it masked unless the resident needs it
 * @param protectedIdentity skyddad identitet, from the provider or a municipality's mark: never show or
 *                          send this person's address, and refuse self-service where the service must
 * @param provider the id of the e-legitimation provider the resident signed in with
 * @param signedInAt when the resident authenticated
 */
public record CurrentResident(long id, PersonalIdentityNumber personalIdentityNumber, String givenName, String surname,
                              boolean protectedIdentity, String provider, Instant signedInAt) {

    /** Given name and surname, as the provider gave them. */
    public String name() {
        return (givenName + " " + surname).strip();
    }
}
