package se.sambruk.core.residents.signin;

import java.io.Serializable;
import java.time.Instant;

import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.core.residents.CurrentResident;

/** The signed-in resident as the session keeps it (serializable: sessions live in PostgreSQL). */
public record SignedInResident(long id, String personalIdentityNumber, String givenName, String surname,
                               boolean protectedIdentity, String provider, Instant signedInAt, Instant lastSeen)
        implements Serializable {

    CurrentResident toCurrent() {
        return new CurrentResident(id, new PersonalIdentityNumber(personalIdentityNumber), givenName, surname,
                protectedIdentity, provider, signedInAt);
    }

    SignedInResident seenAt(Instant now) {
        return new SignedInResident(id, personalIdentityNumber, givenName, surname, protectedIdentity, provider, signedInAt, now);
    }

    /** How the audit log names the resident: never the personnummer. */
    public String actor() {
        return actor(id);
    }

    public static String actor(long id) {
        return "invånare #" + id;
    }
}
