/**
 * Tillarbetslivet: prao, praktik and APL placements between schools and workplaces. Workplaces
 * offer places, pupils rank their choices, the municipality allocates them by a published rule,
 * and everyone knows who goes where.
 *
 * <p>Features: {@code allocation} (the allocation rules, pure Java, no Spring).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tillarbetslivet")
package se.sambruk.tillarbetslivet;
