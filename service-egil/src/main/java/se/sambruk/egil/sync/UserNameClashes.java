package se.sambruk.egil.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.sambruk.schooldata.SchoolData;
import se.sambruk.schooldata.SchoolRecords.Person;
import se.sambruk.schooldata.SchoolRecords.Problem;

/**
 * The source check for SCIM's uniqueness: two people sent to one supplier must not share a
 * userName (their eppn, compared without regard to case as SCIM's {@code userName} is not
 * case-exact). A supplier would refuse the second with 409; so neither is sent, and each is
 * reported naming the other, until the source gives them userNames of their own.
 */
public final class UserNameClashes {

    private UserNameClashes() {
    }

    /**
     * The same check over everything a source read gave (shown on the source's page); each
     * supplier's plan checks again among the people it would send, and leaves those out.
     */
    public static List<Problem> inSource(java.util.Collection<?> records) {
        SchoolData data = new SchoolData();
        records.stream().filter(Person.class::isInstance).forEach(data::add);
        List<Problem> problems = new ArrayList<>();
        find(data, data.persons().keySet(), Set.of(), problems);
        return problems;
    }

    /** @return the ids of the people who share a userName; a problem for each is added to {@code problems} */
    static Set<UUID> find(SchoolData data, Set<UUID> students, Set<UUID> teachers, List<Problem> problems) {
        Map<String, List<Person>> byUserName = new LinkedHashMap<>();
        for (Set<UUID> ids : List.of(students, teachers)) {
            for (UUID id : ids) {
                Person person = data.persons().get(id);
                byUserName.computeIfAbsent(ScimRenderer.userName(person).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(person);
            }
        }
        Set<UUID> clashing = new LinkedHashSet<>();
        byUserName.forEach((userName, people) -> {
            if (people.size() < 2) {
                return;
            }
            for (Person person : people) {
                clashing.add(person.id());
                List<String> others = people.stream().filter(p -> p != person)
                        .map(p -> p.name() + " (" + p.id() + ")").toList();
                problems.add(new Problem("PERSON", person.id().toString(), person.name() + ": userName " + ScimRenderer.userName(person)
                        + " (eppn) is also the userName of " + String.join(", ", others)
                        + "; neither is sent until each has an eppn of their own"));
            }
        });
        return clashing;
    }
}
