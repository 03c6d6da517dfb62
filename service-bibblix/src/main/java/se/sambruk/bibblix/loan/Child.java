package se.sambruk.bibblix.loan;

import java.io.Serializable;

/**
 * A child signed in with a library card: the municipality, its library and the card's keyed
 * hash (never the number). Kept in the session only, never a platform user.
 */
public record Child(long organisationId, long libraryId, String cardHash) implements Serializable {
}
