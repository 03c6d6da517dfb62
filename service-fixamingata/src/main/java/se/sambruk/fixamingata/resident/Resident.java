package se.sambruk.fixamingata.resident;

/** A resident with an account: only the e-mail address they signed in with. */
public record Resident(long id, String email) {
}
