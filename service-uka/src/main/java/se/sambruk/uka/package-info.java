/**
 * UKA: the municipality's activity responsibility for young people 16-20 (kommunala
 * aktivitetsansvaret, skollagen 29 kap. 9 §, register under förordning 2006:39).
 *
 * <p>Features: {@code coverage} (the rules that decide who is covered, as named classes),
 * {@code people} (the register: young people, coverage periods, contacts, plans, actions,
 * follow-ups, code lists), {@code schooldata} (the register read from the municipality's SS 12000
 * API through platform-schooldata), {@code beda} (the check against UHR's grade database),
 * {@code report} (SCB's half-yearly report), {@code stats}, {@code web} (the UKA_CASEWORKER pages),
 * {@code demo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "UKA")
package se.sambruk.uka;
