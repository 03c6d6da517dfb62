package se.sambruk.schooldata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import se.sambruk.schooldata.SchoolRecords.Activity;
import se.sambruk.schooldata.SchoolRecords.Duty;
import se.sambruk.schooldata.SchoolRecords.Enrolment;
import se.sambruk.schooldata.SchoolRecords.Group;
import se.sambruk.schooldata.SchoolRecords.Org;
import se.sambruk.schooldata.SchoolRecords.Person;

/**
 * Turns SS 12000 (2.1) JSON objects into the school records, checking what the standard requires.
 * Enrolments, memberships and duties that have ended (or not begun) on {@code today} are left out.
 */
public final class Ss12000Mapper {

    private final LocalDate today;

    public Ss12000Mapper(LocalDate today) {
        this.today = today;
    }

    /** @throws BadObjectException when the object lacks what the records need */
    public Object map(SchoolObjectKind kind, JsonNode node) {
        return switch (kind) {
            case ORGANISATION -> organisation(node);
            case PERSON -> person(node);
            case GROUP -> group(node);
            case DUTY -> duty(node);
            case ACTIVITY -> activity(node);
        };
    }

    Org organisation(JsonNode node) {
        UUID id = uuid(node, "id");
        List<String> schoolTypes = new ArrayList<>();
        node.path("schoolTypes").forEach(t -> schoolTypes.add(t.asString()));
        return new Org(id, required(node, "organisationType"), required(node, "displayName"),
                optional(node.path("schoolUnitCode")), schoolTypes, optional(node.path("municipalityCode")),
                optionalUuid(node.path("parentOrganisation").path("id"), "parentOrganisation.id"));
    }

    Person person(JsonNode node) {
        UUID id = uuid(node, "id");
        List<String> eppns = new ArrayList<>();
        node.path("eduPersonPrincipalNames").forEach(e -> eppns.add(e.asString()));
        String civicNo = optional(node.path("civicNo").path("value"));
        if (civicNo != null && !civicNo.matches("\\d{12}")) {
            throw new BadObjectException("civicNo.value must have 12 digits without separators");
        }
        String email = null;
        for (JsonNode e : node.path("emails")) {
            email = email == null ? optional(e.path("value")) : email;
        }
        List<Enrolment> enrolments = new ArrayList<>();
        for (JsonNode e : node.path("enrolments")) {
            if (e.path("cancelled").asBoolean(false) || !inForce(e)) {
                continue;
            }
            UUID unit = uuid(e.path("enroledAt"), "id", "enrolments.enroledAt.id");
            String schoolType = e.path("schoolType").asString(null);
            if (schoolType == null || schoolType.isBlank()) {
                throw new BadObjectException("enrolments.schoolType is missing");
            }
            Integer year = e.path("schoolYear").isNumber() ? e.path("schoolYear").asInt() : null;
            String programme = optional(e.path("programme").path("displayName"));
            enrolments.add(new Enrolment(unit, schoolType, year, programme == null ? optional(e.path("educationCode")) : programme));
        }
        return new Person(id, required(node, "givenName"), required(node, "familyName"), civicNo, eppns, email, enrolments);
    }

    Group group(JsonNode node) {
        UUID id = uuid(node, "id");
        List<UUID> members = new ArrayList<>();
        for (JsonNode m : node.path("groupMemberships")) {
            if (inForce(m)) {
                members.add(uuid(m.path("person"), "id", "groupMemberships.person.id"));
            }
        }
        return new Group(id, required(node, "displayName"), required(node, "groupType"), optional(node.path("schoolType")),
                uuid(node.path("organisation"), "id", "organisation.id"), members);
    }

    Duty duty(JsonNode node) {
        UUID id = uuid(node, "id");
        return new Duty(id, uuid(node.path("person"), "id", "person.id"), uuid(node.path("dutyAt"), "id", "dutyAt.id"),
                required(node, "dutyRole"), optional(node.path("signature")));
    }

    Activity activity(JsonNode node) {
        UUID id = uuid(node, "id");
        List<UUID> groups = new ArrayList<>();
        node.path("groups").forEach(g -> groups.add(uuid(g, "id", "groups.id")));
        if (groups.isEmpty()) {
            throw new BadObjectException("groups must list at least one group");
        }
        List<UUID> duties = new ArrayList<>();
        for (JsonNode t : node.path("teachers")) {
            if (inForce(t)) {
                duties.add(uuid(t.path("duty"), "id", "teachers.duty.id"));
            }
        }
        return new Activity(id, required(node, "displayName"), optional(node.path("activityType")),
                uuid(node.path("organisation"), "id", "organisation.id"), groups, duties);
    }

    private boolean inForce(JsonNode relation) {
        LocalDate start = date(relation.path("startDate"));
        LocalDate end = date(relation.path("endDate"));
        return (start == null || !start.isAfter(today)) && (end == null || !end.isBefore(today));
    }

    private static LocalDate date(JsonNode node) {
        String text = optional(node);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new BadObjectException("not a date: " + text);
        }
    }

    private static String required(JsonNode node, String field) {
        String value = optional(node.path(field));
        if (value == null) {
            throw new BadObjectException(field + " is missing");
        }
        return value;
    }

    private static String optional(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String value = node.asString().trim();
        return value.isEmpty() ? null : value;
    }

    private static UUID uuid(JsonNode node, String field) {
        return uuid(node, field, field);
    }

    private static UUID uuid(JsonNode node, String field, String label) {
        UUID id = optionalUuid(node.path(field), label);
        if (id == null) {
            throw new BadObjectException(label + " is missing");
        }
        return id;
    }

    private static UUID optionalUuid(JsonNode node, String label) {
        String text = optional(node);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new BadObjectException(label + " is not a UUID: " + text);
        }
    }
}
