package se.sambruk.egil.suppliers;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a supplier gets (urval): pupils enrolled at the school units, in the school types and
 * years chosen (empty means all), who are members of groups of the chosen types or the named
 * groups (empty means any); the teachers of those groups when asked for; never the excluded.
 */
public record Selection(Set<UUID> schoolUnitIds, Set<String> schoolTypes, Set<Integer> schoolYears, Set<String> groupTypes,
                        Set<UUID> groupIds, boolean includeTeachers, Set<UUID> excludedPersonIds) {

    public static Selection everything() {
        return new Selection(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), true, Set.of());
    }

    static Set<String> words(String text) {
        return parts(text).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** @throws IllegalArgumentException naming the value that is not a UUID */
    static Set<UUID> uuids(String text) {
        return parts(text).map(value -> {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(value);
            }
        }).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** @throws IllegalArgumentException naming the value that is not a school year */
    static Set<Integer> years(String text) {
        return parts(text).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(value);
            }
        }).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String join(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static java.util.stream.Stream<String> parts(String text) {
        return text == null ? java.util.stream.Stream.empty()
                : Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty());
    }

    public static Selection parse(String schoolUnits, String schoolTypes, String years, String groupTypes, String groups,
                                  boolean includeTeachers, String excluded) {
        return new Selection(uuids(schoolUnits), words(schoolTypes), years(years), words(groupTypes), uuids(groups), includeTeachers,
                uuids(excluded));
    }
}
