package se.sambruk.core;

/** What every signed-in user carries, however they signed in (password or OpenID Connect). */
public interface SambrukPrincipal {

    long userId();

    String username();

    long organisationId();
}
