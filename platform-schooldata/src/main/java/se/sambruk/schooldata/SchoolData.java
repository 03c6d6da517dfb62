package se.sambruk.schooldata;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import se.sambruk.schooldata.SchoolRecords.Activity;
import se.sambruk.schooldata.SchoolRecords.Duty;
import se.sambruk.schooldata.SchoolRecords.Group;
import se.sambruk.schooldata.SchoolRecords.Org;
import se.sambruk.schooldata.SchoolRecords.Person;

/** One organiser's school data at one moment, indexed by id. */
public final class SchoolData {

    private final Map<UUID, Org> organisations = new LinkedHashMap<>();
    private final Map<UUID, Person> persons = new LinkedHashMap<>();
    private final Map<UUID, Group> groups = new LinkedHashMap<>();
    private final Map<UUID, Duty> duties = new LinkedHashMap<>();
    private final Map<UUID, Activity> activities = new LinkedHashMap<>();

    public void add(Object record) {
        if (record instanceof Org o) {
            organisations.put(o.id(), o);
        } else if (record instanceof Person p) {
            persons.put(p.id(), p);
        } else if (record instanceof Group g) {
            groups.put(g.id(), g);
        } else if (record instanceof Duty d) {
            duties.put(d.id(), d);
        } else if (record instanceof Activity a) {
            activities.put(a.id(), a);
        } else {
            throw new IllegalArgumentException("Not school data: " + record);
        }
    }

    public Map<UUID, Org> organisations() {
        return organisations;
    }

    public Map<UUID, Person> persons() {
        return persons;
    }

    public Map<UUID, Group> groups() {
        return groups;
    }

    public Map<UUID, Duty> duties() {
        return duties;
    }

    public Map<UUID, Activity> activities() {
        return activities;
    }

    public Collection<Org> schoolUnits() {
        return organisations.values().stream().filter(Org::isSchoolUnit).toList();
    }

    public int size() {
        return organisations.size() + persons.size() + groups.size() + duties.size() + activities.size();
    }
}
