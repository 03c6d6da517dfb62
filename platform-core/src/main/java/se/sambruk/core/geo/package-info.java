/**
 * Address to point: {@link se.sambruk.core.geo.Geocoder} turns a typed address into places
 * (WGS84) through a Nominatim-compatible service, asked through the outgoing-URL guard
 * ({@link se.sambruk.core.http.OutgoingUrls}). Used by FixaMinGata's address search and by
 * Tillarbetslivet's distance search. Configured by {@code sambruk.geocoder.*}; the older names
 * {@code sambruk.fixamingata.geocoder.*} still work when the new ones are not set.
 */
@org.springframework.modulith.NamedInterface("geo")
package se.sambruk.core.geo;
