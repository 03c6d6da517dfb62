/**
 * UKA: the municipality's activity responsibility for young people 16-20 (kommunala
 * aktivitetsansvaret, skollagen 29 kap. 9 §, register under förordning 2006:39).
 *
 * <p>Features: {@code coverage} (the rules that decide who is covered, as named classes),
 * {@code people} (the register: young people, coverage periods, contacts, plans, actions,
 * follow-ups, code lists), {@code web} (the UKA_CASEWORKER pages), {@code demo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "UKA")
package se.sambruk.uka;
