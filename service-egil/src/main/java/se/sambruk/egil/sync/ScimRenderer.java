package se.sambruk.egil.sync;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import se.sambruk.schooldata.SchoolRecords.Activity;
import se.sambruk.schooldata.SchoolRecords.Duty;
import se.sambruk.schooldata.SchoolRecords.Enrolment;
import se.sambruk.schooldata.SchoolRecords.Group;
import se.sambruk.schooldata.SchoolRecords.Org;
import se.sambruk.schooldata.SchoolRecords.Person;

/**
 * Renders school data as SCIM objects in EGIL's profile: the SS 12000 UUID as {@code externalId}
 * (and as the id in the resource's path), references as {@code {value, $ref}}. DNP gets the
 * attributes it requires (civic number, school type, programme); other suppliers do not get the
 * civic number. Nothing empty is sent: no empty extension object for a teacher.
 */
final class ScimRenderer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final boolean dnp;

    ScimRenderer(boolean dnp) {
        this.dnp = dnp;
    }

    String organisation(Org org) {
        ObjectNode node = base(ScimType.ORGANISATION, org.id());
        node.put("displayName", org.displayName());
        return write(node);
    }

    String schoolUnitGroup(Org org, Collection<UUID> schoolUnits) {
        ObjectNode node = base(ScimType.SCHOOL_UNIT_GROUP, org.id());
        node.put("displayName", org.displayName());
        refs(node.putArray("schoolUnits"), ScimType.SCHOOL_UNIT, schoolUnits);
        return write(node);
    }

    String schoolUnit(Org unit, UUID schoolUnitGroup, UUID organisation) {
        ObjectNode node = base(ScimType.SCHOOL_UNIT, unit.id());
        node.put("displayName", unit.displayName());
        putIf(node, "schoolUnitCode", unit.schoolUnitCode());
        putIf(node, "municipalityCode", unit.municipalityCode());
        ArrayNode types = node.putArray("schoolTypes");
        unit.schoolTypes().stream().sorted().forEach(types::add);
        if (schoolUnitGroup != null) {
            ref(node, "schoolUnitGroup", ScimType.SCHOOL_UNIT_GROUP, schoolUnitGroup);
        }
        if (organisation != null) {
            ref(node, "organisation", ScimType.ORGANISATION, organisation);
        }
        return write(node);
    }

    /** The userName a person gets: the first eppn (user@organisation, as the profile asks), else the id. */
    static String userName(Person person) {
        return person.eduPersonPrincipalNames().isEmpty() ? person.id().toString() : person.eduPersonPrincipalNames().get(0);
    }

    /**
     * A pupil (with enrolments and the groups sent, both required for pupils by the profile) or a
     * teacher (neither; the school extension only when it has something to say).
     */
    String user(ScimType type, Person person, List<Enrolment> enrolments, Collection<UUID> studentGroups) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode schemas = node.putArray("schemas");
        schemas.add(ScimType.CORE_USER_SCHEMA);
        node.put("externalId", person.id().toString());
        node.put("userName", userName(person));
        ObjectNode name = node.putObject("name");
        name.put("givenName", person.givenName());
        name.put("familyName", person.familyName());
        node.put("displayName", person.name());
        if (person.email() != null) {
            ObjectNode email = node.putArray("emails").addObject();
            email.put("value", person.email());
            email.put("primary", true);
        }
        ObjectNode school = JSON.createObjectNode();
        if (dnp && person.civicNo() != null) {
            school.put("civicNo", person.civicNo());
        }
        if (type == ScimType.STUDENT) {
            ArrayNode list = school.putArray("enrolments");
            for (Enrolment e : enrolments) {
                ObjectNode enrolment = list.addObject();
                enrolment.put("value", e.schoolUnitId().toString());
                enrolment.put("$ref", ScimType.SCHOOL_UNIT.endpoint() + "/" + e.schoolUnitId());
                if (e.schoolYear() != null) {
                    enrolment.put("schoolYear", e.schoolYear());
                }
                if (dnp) {
                    enrolment.put("schoolType", e.schoolType());
                    putIf(enrolment, "programCode", e.programmeCode());
                }
            }
            refs(school.putArray("studentGroups"), ScimType.STUDENT_GROUP, studentGroups);
        }
        if (!school.isEmpty()) {
            schemas.add(type.schema());
            node.set(type.schema(), school);
        }
        return write(node);
    }

    String employment(Duty duty) {
        ObjectNode node = base(ScimType.EMPLOYMENT, duty.id());
        ref(node, "employedAt", ScimType.SCHOOL_UNIT, duty.schoolUnitId());
        ref(node, "user", ScimType.TEACHER, duty.personId());
        node.put("employmentRole", duty.dutyRole());
        putIf(node, "signature", duty.signature());
        return write(node);
    }

    String studentGroup(Group group, Collection<UUID> members) {
        ObjectNode node = base(ScimType.STUDENT_GROUP, group.id());
        node.put("displayName", group.displayName());
        node.put("studentGroupType", group.groupType());
        if (dnp) {
            putIf(node, "schoolType", group.schoolType());
        }
        ref(node, "owner", ScimType.SCHOOL_UNIT, group.schoolUnitId());
        refs(node.putArray("studentMemberships"), ScimType.STUDENT, members);
        return write(node);
    }

    String activity(Activity activity, Collection<UUID> groups, Collection<UUID> employments) {
        ObjectNode node = base(ScimType.ACTIVITY, activity.id());
        node.put("displayName", activity.displayName());
        ref(node, "owner", ScimType.SCHOOL_UNIT, activity.schoolUnitId());
        refs(node.putArray("groups"), ScimType.STUDENT_GROUP, groups);
        refs(node.putArray("teachers"), ScimType.EMPLOYMENT, employments);
        return write(node);
    }

    private static ObjectNode base(ScimType type, UUID id) {
        ObjectNode node = JSON.createObjectNode();
        node.putArray("schemas").add(type.schema());
        node.put("externalId", id.toString());
        return node;
    }

    private static void ref(ObjectNode node, String field, ScimType type, UUID id) {
        ObjectNode ref = node.putObject(field);
        ref.put("value", id.toString());
        ref.put("$ref", type.endpoint() + "/" + id);
    }

    private static void refs(ArrayNode array, ScimType type, Collection<UUID> ids) {
        ids.stream().sorted().forEach(id -> {
            ObjectNode ref = array.addObject();
            ref.put("value", id.toString());
            ref.put("$ref", type.endpoint() + "/" + id);
        });
    }

    private static void putIf(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String write(ObjectNode node) {
        return JSON.writeValueAsString(node);
    }
}
