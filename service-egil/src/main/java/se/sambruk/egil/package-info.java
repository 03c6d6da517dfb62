/**
 * EGIL: reads the school organiser's student data (SS 12000 API or a CSV upload) and keeps the
 * accounts at learning-material suppliers (SCIM 2.0 in EGIL's profile) in step with it, under
 * the organiser's selection, thresholds and deletion rule.
 *
 * <p>Features: {@code schooldata} (what the source holds, stored), {@code sources} (the sources, read through
 * the {@code platform-schooldata} module),
 * {@code suppliers} (endpoints, authentication, selection, secrets), {@code sync} (desired state,
 * difference, sending, runs), {@code web} (the EGIL_ADMIN pages).
 */
@org.springframework.modulith.ApplicationModule(displayName = "EGIL")
package se.sambruk.egil;
