package se.sambruk.schooldata;

import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** SS 12000 objects as the API sends them, for the fake source. */
public final class Ss12000Objects {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Ss12000Objects() {
    }

    public static ObjectNode organisation(UUID id, String type, String name, UUID parent) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id.toString());
        o.put("displayName", name);
        o.put("organisationType", type);
        if (type.equals("Skolenhet")) {
            o.put("schoolUnitCode", String.valueOf(Math.abs(id.hashCode()) % 100_000_000));
            o.putArray("schoolTypes").add("GR");
            o.put("municipalityCode", "2082");
        }
        if (parent != null) {
            o.putObject("parentOrganisation").put("id", parent.toString());
        }
        return o;
    }

    public static ObjectNode pupil(UUID id, String given, String family, String civicNo, UUID unit, int year) {
        ObjectNode p = person(id, given, family, civicNo);
        ObjectNode enrolment = p.putArray("enrolments").addObject();
        enrolment.putObject("enroledAt").put("id", unit.toString());
        enrolment.put("schoolYear", year);
        enrolment.put("schoolType", "GR");
        enrolment.put("startDate", "2020-08-15");
        return p;
    }

    public static ObjectNode person(UUID id, String given, String family, String civicNo) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id.toString());
        p.put("givenName", given);
        if (family != null) {
            p.put("familyName", family);
        }
        if (civicNo != null) {
            p.putObject("civicNo").put("value", civicNo);
        }
        p.putArray("eduPersonPrincipalNames").add(given.toLowerCase() + "@skola.example");
        return p;
    }

    public static ObjectNode group(UUID id, String name, String type, UUID unit, UUID... members) {
        ObjectNode g = JSON.createObjectNode();
        g.put("id", id.toString());
        g.put("displayName", name);
        g.put("groupType", type);
        g.put("schoolType", "GR");
        g.put("startDate", "2020-08-15");
        g.putObject("organisation").put("id", unit.toString());
        ArrayNode memberships = g.putArray("groupMemberships");
        for (UUID member : members) {
            ObjectNode m = memberships.addObject();
            m.putObject("person").put("id", member.toString());
            m.put("startDate", "2020-08-15");
        }
        return g;
    }

    public static ObjectNode duty(UUID id, UUID person, UUID unit) {
        ObjectNode d = JSON.createObjectNode();
        d.put("id", id.toString());
        d.putObject("person").put("id", person.toString());
        d.putObject("dutyAt").put("id", unit.toString());
        d.put("dutyRole", "Lärare");
        d.put("signature", "ABC");
        d.put("startDate", "2020-08-01");
        return d;
    }

    public static ObjectNode activity(UUID id, String name, UUID unit, UUID group, UUID duty) {
        ObjectNode a = JSON.createObjectNode();
        a.put("id", id.toString());
        a.put("displayName", name);
        a.put("calendarEventsRequired", false);
        a.put("startDate", "2020-08-15");
        a.putObject("organisation").put("id", unit.toString());
        a.putArray("groups").addObject().put("id", group.toString());
        ObjectNode teacher = a.putArray("teachers").addObject();
        teacher.putObject("duty").put("id", duty.toString());
        return a;
    }

    /**
     * Adds an enrolment to a person: school unit, school type (GR, GRS, GY, GYS, ...), year (or
     * null), programme (its displayName, or null), start and end (ISO dates, end may be null).
     */
    public static ObjectNode enrol(ObjectNode person, UUID unit, String schoolType, Integer year, String programme, String start, String end) {
        ArrayNode enrolments = person.has("enrolments") ? (ArrayNode) person.get("enrolments") : person.putArray("enrolments");
        ObjectNode enrolment = enrolments.addObject();
        enrolment.putObject("enroledAt").put("id", unit.toString());
        if (year != null) {
            enrolment.put("schoolYear", year);
        }
        enrolment.put("schoolType", schoolType);
        enrolment.put("startDate", start);
        if (end != null) {
            enrolment.put("endDate", end);
        }
        if (programme != null) {
            enrolment.putObject("programme").put("displayName", programme);
        }
        return person;
    }

    /** Adds the person's address of type Folkbokföring in the municipality with this kommunkod. */
    public static ObjectNode registeredIn(ObjectNode person, String municipalityCode) {
        ArrayNode addresses = person.has("addresses") ? (ArrayNode) person.get("addresses") : person.putArray("addresses");
        ObjectNode address = addresses.addObject();
        address.put("type", "Folkbokföring");
        address.put("streetAddress", "Storgatan 1");
        address.put("postalCode", "78431");
        address.put("locality", "Borlänge");
        address.put("municipalityCode", municipalityCode);
        return person;
    }
}
