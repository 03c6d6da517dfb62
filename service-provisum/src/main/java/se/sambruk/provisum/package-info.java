/**
 * Provisum: case management for the överförmyndare (the municipality's chief guardian) under
 * föräldrabalken. Features: {@code rules} (deadlines, the automatic review of annual accounts,
 * risk score, fees, the case types' checklists), {@code data} (the register in schema
 * {@code provisum}), {@code web} (the PROVISUM_CASEWORKER pages), {@code demo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Provisum")
package se.sambruk.provisum;
