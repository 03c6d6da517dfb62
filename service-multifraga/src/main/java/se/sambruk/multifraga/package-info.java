/**
 * Multifråga: one look-up for a household across the state agencies (SSBTEK's composite
 * service), for social services deciding on economic assistance.
 *
 * <p>Features: {@code sources} (one class per agency source, the SSBTEK client and its local
 * fake), {@code lookups} (the look-up, its concurrent asking, the sealed answers, the log),
 * {@code web} (the MF_CASEWORKER pages), {@code demo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Multifråga")
package se.sambruk.multifraga;
