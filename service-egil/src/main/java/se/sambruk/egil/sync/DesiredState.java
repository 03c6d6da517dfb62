package se.sambruk.egil.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import se.sambruk.schooldata.SchoolData;
import se.sambruk.schooldata.SchoolRecords.Activity;
import se.sambruk.schooldata.SchoolRecords.Duty;
import se.sambruk.schooldata.SchoolRecords.Enrolment;
import se.sambruk.schooldata.SchoolRecords.Group;
import se.sambruk.schooldata.SchoolRecords.Org;
import se.sambruk.schooldata.SchoolRecords.Person;
import se.sambruk.schooldata.SchoolRecords.Problem;
import se.sambruk.egil.suppliers.Selection;

/**
 * What one supplier should hold, from the school data and the supplier's selection: the school
 * units chosen, their pupils in the chosen school types and years who belong to a chosen group
 * (when groups are chosen), those groups, their activities and teachers. Broken references are
 * reported per object and left out, and so are people whose userName another person sent to the
 * same supplier also has (both are named; neither is sent until the source is corrected).
 */
public final class DesiredState {

    private final Map<ObjectKey, DesiredObject> objects = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private DesiredState() {
    }

    public Map<ObjectKey, DesiredObject> objects() {
        return objects;
    }

    public List<Problem> problems() {
        return problems;
    }

    public long count(ScimType type) {
        return objects.keySet().stream().filter(k -> k.type() == type).count();
    }

    public static DesiredState compute(SchoolData data, Selection selection, boolean dnp) {
        DesiredState state = new DesiredState();
        state.build(data, selection, new ScimRenderer(dnp));
        return state;
    }

    private void build(SchoolData data, Selection selection, ScimRenderer render) {
        Map<UUID, Org> units = new LinkedHashMap<>();
        Set<UUID> withoutCode = new LinkedHashSet<>();
        for (Org unit : data.schoolUnits()) {
            if (selection.schoolUnitIds().isEmpty() || selection.schoolUnitIds().contains(unit.id())) {
                if (unit.schoolUnitCode() == null) {
                    withoutCode.add(unit.id());
                    problems.add(new Problem("ORGANISATION", unit.id().toString(), unit.displayName()
                            + ": schoolUnitCode is missing; the EGIL profile requires it, so the school unit and what belongs to it are not sent"));
                } else {
                    units.put(unit.id(), unit);
                }
            }
        }
        selection.schoolUnitIds().stream().filter(id -> !units.containsKey(id) && !withoutCode.contains(id))
                .forEach(id -> problems.add(new Problem("ORGANISATION", id.toString(), "The selection names a school unit the source does not have")));

        boolean groupsChosen = !selection.groupTypes().isEmpty() || !selection.groupIds().isEmpty();
        Map<UUID, Person> students = new LinkedHashMap<>();
        Map<UUID, List<Enrolment>> enrolments = new LinkedHashMap<>();
        for (Person person : data.persons().values()) {
            if (selection.excludedPersonIds().contains(person.id())) {
                continue;
            }
            List<Enrolment> matching = person.enrolments().stream()
                    .filter(e -> units.containsKey(e.schoolUnitId()))
                    .filter(e -> selection.schoolTypes().isEmpty() || selection.schoolTypes().contains(e.schoolType()))
                    .filter(e -> selection.schoolYears().isEmpty() || (e.schoolYear() != null && selection.schoolYears().contains(e.schoolYear())))
                    .toList();
            if (!matching.isEmpty()) {
                students.put(person.id(), person);
                enrolments.put(person.id(), matching);
            }
        }

        Map<UUID, Group> groups = new LinkedHashMap<>();
        Map<UUID, Set<UUID>> members = new LinkedHashMap<>();
        Set<UUID> inChosenGroup = new LinkedHashSet<>();
        for (Group group : data.groups().values()) {
            if (!units.containsKey(group.schoolUnitId())) {
                if (!data.organisations().containsKey(group.schoolUnitId())) {
                    problems.add(new Problem("GROUP", group.id().toString(), "organisation " + group.schoolUnitId() + " is not in the source"));
                }
                continue;
            }
            boolean chosen = !groupsChosen || selection.groupTypes().contains(group.groupType()) || selection.groupIds().contains(group.id());
            if (!chosen) {
                continue;
            }
            Set<UUID> groupMembers = new TreeSet<>();
            for (UUID member : group.memberIds()) {
                if (!data.persons().containsKey(member)) {
                    problems.add(new Problem("GROUP", group.id().toString(), "member " + member + " is not in the source"));
                } else if (students.containsKey(member)) {
                    groupMembers.add(member);
                }
            }
            groups.put(group.id(), group);
            members.put(group.id(), groupMembers);
            inChosenGroup.addAll(groupMembers);
        }
        if (groupsChosen) {
            students.keySet().retainAll(inChosenGroup);
            groups.values().removeIf(g -> members.get(g.id()).isEmpty());
        }

        Map<UUID, Activity> activities = new LinkedHashMap<>();
        Map<UUID, Duty> duties = new LinkedHashMap<>();
        for (Activity activity : data.activities().values()) {
            List<UUID> sentGroups = activity.groupIds().stream().filter(groups::containsKey).toList();
            if (sentGroups.isEmpty()) {
                continue;
            }
            activities.put(activity.id(), activity);
            if (!selection.includeTeachers()) {
                continue;
            }
            for (UUID dutyId : activity.dutyIds()) {
                Duty duty = data.duties().get(dutyId);
                if (duty == null) {
                    problems.add(new Problem("ACTIVITY", activity.id().toString(), "teacher duty " + dutyId + " is not in the source"));
                } else if (!data.persons().containsKey(duty.personId())) {
                    problems.add(new Problem("DUTY", duty.id().toString(), "person " + duty.personId() + " is not in the source"));
                } else if (!units.containsKey(duty.schoolUnitId())) {
                    problems.add(new Problem("DUTY", duty.id().toString(), "the duty is at a school unit outside the selection"));
                } else if (!selection.excludedPersonIds().contains(duty.personId())) {
                    duties.put(duty.id(), duty);
                }
            }
        }

        Set<UUID> teacherIds = new LinkedHashSet<>();
        duties.values().forEach(d -> teacherIds.add(d.personId()));
        teacherIds.removeAll(students.keySet());

        Set<UUID> clashing = UserNameClashes.find(data, students.keySet(), teacherIds, problems);
        if (!clashing.isEmpty()) {
            students.keySet().removeAll(clashing);
            teacherIds.removeAll(clashing);
            members.values().forEach(m -> m.removeAll(clashing));
            duties.values().removeIf(d -> clashing.contains(d.personId()));
        }
        Map<UUID, Set<UUID>> groupsOf = new LinkedHashMap<>();
        members.forEach((groupId, memberIds) -> {
            if (groups.containsKey(groupId)) {
                memberIds.forEach(m -> groupsOf.computeIfAbsent(m, x -> new TreeSet<>()).add(groupId));
            }
        });

        Org organiser = data.organisations().values().stream().filter(Org::isOrganiser).findFirst().orElse(null);
        if (organiser != null) {
            add(new DesiredObject(ScimType.ORGANISATION, organiser.id(), null, organiser.displayName(), render.organisation(organiser)));
        }
        Map<UUID, Set<UUID>> unitGroups = new LinkedHashMap<>();
        for (Org unit : units.values()) {
            Org parent = unit.parentId() == null ? null : data.organisations().get(unit.parentId());
            if (parent != null && !parent.isOrganiser() && !parent.isSchoolUnit()) {
                unitGroups.computeIfAbsent(parent.id(), id -> new TreeSet<>()).add(unit.id());
            }
        }
        unitGroups.forEach((id, unitIds) -> {
            Org group = data.organisations().get(id);
            add(new DesiredObject(ScimType.SCHOOL_UNIT_GROUP, id, null, group.displayName(), render.schoolUnitGroup(group, unitIds)));
        });
        for (Org unit : units.values()) {
            UUID unitGroup = unit.parentId() != null && unitGroups.containsKey(unit.parentId()) ? unit.parentId() : null;
            List<ObjectKey> needs = new ArrayList<>();
            if (unitGroup != null) {
                needs.add(new ObjectKey(ScimType.SCHOOL_UNIT_GROUP, unitGroup));
            }
            if (organiser != null) {
                needs.add(new ObjectKey(ScimType.ORGANISATION, organiser.id()));
            }
            add(new DesiredObject(ScimType.SCHOOL_UNIT, unit.id(), null, unit.displayName(),
                    render.schoolUnit(unit, unitGroup, organiser == null ? null : organiser.id()), needs));
        }
        for (Person student : students.values()) {
            List<Enrolment> enrolled = enrolments.get(student.id());
            add(new DesiredObject(ScimType.STUDENT, student.id(), student.id(), student.name(),
                    render.user(ScimType.STUDENT, student, enrolled, groupsOf.getOrDefault(student.id(), Set.of())),
                    keys(ScimType.SCHOOL_UNIT, enrolled.stream().map(Enrolment::schoolUnitId).toList())));
        }
        for (UUID id : teacherIds) {
            Person teacher = data.persons().get(id);
            add(new DesiredObject(ScimType.TEACHER, id, id, teacher.name(), render.user(ScimType.TEACHER, teacher, List.of(), List.of())));
        }
        Set<UUID> employments = new LinkedHashSet<>();
        for (Duty duty : duties.values()) {
            if (teacherIds.contains(duty.personId())) {
                employments.add(duty.id());
                add(new DesiredObject(ScimType.EMPLOYMENT, duty.id(), duty.personId(),
                        data.persons().get(duty.personId()).name() + " (" + duty.dutyRole() + ")", render.employment(duty),
                        List.of(new ObjectKey(ScimType.SCHOOL_UNIT, duty.schoolUnitId()), new ObjectKey(ScimType.TEACHER, duty.personId()))));
            }
        }
        for (Group group : groups.values()) {
            List<ObjectKey> needs = new ArrayList<>(keys(ScimType.STUDENT, members.get(group.id())));
            needs.add(new ObjectKey(ScimType.SCHOOL_UNIT, group.schoolUnitId()));
            add(new DesiredObject(ScimType.STUDENT_GROUP, group.id(), null, group.displayName(),
                    render.studentGroup(group, members.get(group.id())), needs));
        }
        for (Activity activity : activities.values()) {
            List<UUID> sentGroups = activity.groupIds().stream().filter(groups::containsKey).toList();
            List<UUID> teachers = activity.dutyIds().stream().filter(employments::contains).toList();
            List<ObjectKey> needs = new ArrayList<>(keys(ScimType.STUDENT_GROUP, sentGroups));
            needs.addAll(keys(ScimType.EMPLOYMENT, teachers));
            needs.add(new ObjectKey(ScimType.SCHOOL_UNIT, activity.schoolUnitId()));
            add(new DesiredObject(ScimType.ACTIVITY, activity.id(), null, activity.displayName(),
                    render.activity(activity, sentGroups, teachers), needs));
        }
    }

    private static List<ObjectKey> keys(ScimType type, java.util.Collection<UUID> ids) {
        return ids.stream().distinct().map(id -> new ObjectKey(type, id)).toList();
    }

    private void add(DesiredObject object) {
        objects.put(object.key(), object);
    }
}
