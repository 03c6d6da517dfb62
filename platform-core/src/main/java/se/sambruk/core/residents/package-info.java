/**
 * Residents' sign-in with Swedish e-legitimation (BankID, Freja eID+) and signing, for every
 * service's e-service: the core's public face for it (a Spring Modulith named interface).
 *
 * <ul>
 *   <li>{@link se.sambruk.core.residents.CurrentResident}: the signed-in resident (personnummer, name,
 *       protected identity, provider, a stable id); a controller method argument, or from
 *       {@link se.sambruk.core.residents.Residents}.</li>
 *   <li>{@link se.sambruk.core.residents.EService}: a service declares its e-service as a bean; it is
 *       listed on {@code /e-tjanster} and its pages live under {@code /e-tjanster/<serviceCode>/**},
 *       which only a signed-in resident reaches.</li>
 *   <li>{@link se.sambruk.core.residents.Signatures}: a resident signs a document with a fresh
 *       authentication; the stored {@link se.sambruk.core.residents.Signature} covers the document's
 *       SHA-256, so a changed document no longer verifies.</li>
 * </ul>
 *
 * A resident is not a platform user: no organisation, no roles, a session attribute of its own
 * (never a Spring Security authentication stored in the session), 15 minutes' idle timeout.
 * The developer guide is in docs/architecture.md ("Residents' sign-in for a service").
 */
@org.springframework.modulith.NamedInterface("residents")
package se.sambruk.core.residents;
