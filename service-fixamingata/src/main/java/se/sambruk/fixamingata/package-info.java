/**
 * FixaMinGata: residents report faults in the street environment to the right municipality,
 * follow what happens and comment; municipal staff handle the reports; municipal systems
 * receive them by e-mail, Open311 or ServiceNow and answer through Open311 GeoReport v2.
 */
@org.springframework.modulith.ApplicationModule(displayName = "FixaMinGata")
package se.sambruk.fixamingata;
