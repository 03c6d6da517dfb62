package se.sambruk.core.residents.signin;

/**
 * A provider added by code rather than by settings, read when first used (so that it may depend
 * on the server's port): the demo's test identity provider.
 */
public interface ContributedProvider {

    String id();

    ResidentSettings.Provider provider();
}
