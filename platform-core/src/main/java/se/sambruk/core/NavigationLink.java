package se.sambruk.core;

/**
 * An entry a module adds to the main navigation (declare it as a bean). The layout shows it to
 * signed-in users who hold {@code role} (any signed-in user when null), after the core's entries
 * and the services.
 *
 * @param messageKey the label's message key
 * @param href the path, such as {@code /admin/membership}
 */
public record NavigationLink(String messageKey, String href, String role) {
}
