package se.sambruk.core.residents.signin;

import java.time.Instant;

/** The outcome of a checked answer: who the provider vouches for, and its ID token as evidence. */
public record VerifiedIdentity(String providerId, IdentityClaims identity, String idToken, Instant authenticatedAt) {
}
