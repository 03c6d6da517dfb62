/**
 * The platform core: the association's register (organisations, members, services catalogue,
 * subscriptions), the one security layer, the audit log and the common web layout.
 *
 * <p>This root package is the core's public face for the service modules: {@link
 * se.sambruk.core.CurrentUser}, {@link se.sambruk.core.Roles}, {@link se.sambruk.core.ServiceAccess},
 * {@link se.sambruk.core.ServiceModule} and {@link se.sambruk.core.AuditLog}. Everything in the
 * subpackages is internal to the core.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform core")
package se.sambruk.core;
