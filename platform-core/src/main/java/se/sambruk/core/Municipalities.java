package se.sambruk.core;

import java.util.Optional;

/**
 * The municipalities of the register by their kommunkod, for services that decide the
 * municipality from something else than the signed-in user (a point on a map, an Open311
 * jurisdiction_id).
 */
public interface Municipalities {

    /** The organisation id of the municipality with this kommunkod ("1440"), if it is in the register. */
    Optional<Long> organisationId(String kommunkod);

    /** The kommunkod of an organisation, if it is a municipality. */
    Optional<String> kommunkod(long organisationId);
}
