package se.sambruk.egil.sync;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import se.sambruk.egil.suppliers.Selection;
import se.sambruk.schooldata.SchoolData;
import se.sambruk.schooldata.SchoolRecords.Activity;
import se.sambruk.schooldata.SchoolRecords.Duty;
import se.sambruk.schooldata.SchoolRecords.Enrolment;
import se.sambruk.schooldata.SchoolRecords.Group;
import se.sambruk.schooldata.SchoolRecords.Org;
import se.sambruk.schooldata.SchoolRecords.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every object EGIL renders against the EGIL implementation profile (Sambruk/EgilDoc,
 * implementationsprofil.md): the attributes each object type's table marks "Krävs", for users
 * also those "Krävs för elever" (studentGroups, enrolments) on pupils; externalId (a UUID) on
 * every object; nothing empty sent.
 */
class EgilProfileTests {

    static final String SCHOOL = ScimType.SCHOOL_SCHEMA;

    /** The profile's required attributes per object type, as its tables list them. */
    static final Map<ScimType, List<String>> REQUIRED = Map.of(
            ScimType.ORGANISATION, List.of("externalId", "displayName"),
            ScimType.SCHOOL_UNIT_GROUP, List.of("externalId", "displayName"),
            ScimType.SCHOOL_UNIT, List.of("externalId", "displayName", "schoolUnitCode"),
            ScimType.EMPLOYMENT, List.of("externalId", "employedAt", "user", "employmentRole"),
            ScimType.ACTIVITY, List.of("externalId", "displayName", "owner", "teachers", "groups"),
            ScimType.STUDENT_GROUP, List.of("externalId", "displayName", "owner", "studentMemberships"),
            ScimType.TEACHER, List.of("externalId", "userName", "displayName", "name.familyName", "name.givenName"),
            ScimType.STUDENT, List.of("externalId", "userName", "displayName", "name.familyName", "name.givenName",
                    SCHOOL + ":User.studentGroups", SCHOOL + ":User.enrolments"));
    /** References (REF in the profile): {value, $ref} each. */
    static final Map<ScimType, List<String>> REFERENCES = Map.of(
            ScimType.SCHOOL_UNIT, List.of("organisation", "schoolUnitGroup"),
            ScimType.EMPLOYMENT, List.of("employedAt", "user"),
            ScimType.ACTIVITY, List.of("owner", "teachers", "groups"),
            ScimType.STUDENT_GROUP, List.of("owner", "studentMemberships"),
            ScimType.STUDENT, List.of(SCHOOL + ":User.studentGroups", SCHOOL + ":User.enrolments"));

    static final JsonMapper JSON = JsonMapper.builder().build();
    final UUID organiser = UUID.randomUUID(), area = UUID.randomUUID(), unit = UUID.randomUUID();
    final UUID pupil = UUID.randomUUID(), pupil2 = UUID.randomUUID(), teacher = UUID.randomUUID(), duty = UUID.randomUUID();
    final UUID klass = UUID.randomUUID(), maths = UUID.randomUUID(), lesson = UUID.randomUUID();

    SchoolData school() {
        SchoolData data = new SchoolData();
        data.add(new Org(organiser, "Huvudman", "Ale kommun", null, List.of(), "1440", null));
        data.add(new Org(area, "Rektorsområde", "Alboskolan", null, List.of(), null, organiser));
        data.add(new Org(unit, "Skolenhet", "Alboskolan 7-9", "12345678", List.of("GR"), "1440", area));
        data.add(new Person(pupil, "Alva", "Berg", "201201012384", List.of("alva.berg@ale.example"), "alva@ale.example",
                List.of(new Enrolment(unit, "GR", 8, null))));
        data.add(new Person(pupil2, "Bo", "Ek", null, List.of("bo.ek@ale.example"), null, List.of(new Enrolment(unit, "GR", 8, null))));
        data.add(new Person(teacher, "Tove", "Lund", "198001012380", List.of("tove.lund@ale.example"), null, List.of()));
        data.add(new Group(klass, "8A", "Klass", "GR", unit, List.of(pupil, pupil2)));
        data.add(new Group(maths, "Ma 8", "Undervisning", "GR", unit, List.of(pupil)));
        data.add(new Duty(duty, teacher, unit, "Lärare", "TLU"));
        data.add(new Activity(lesson, "Matematik 8", "Undervisning", unit, List.of(maths), List.of(duty)));
        return data;
    }

    @ParameterizedTest(name = "DNP supplier: {0}")
    @ValueSource(booleans = {false, true})
    void everyObjectCarriesWhatTheProfileRequires(boolean dnp) {
        DesiredState state = DesiredState.compute(school(), Selection.everything(), dnp);

        assertThat(state.problems()).isEmpty();
        assertThat(state.objects().keySet()).extracting(ObjectKey::type).containsAll(REQUIRED.keySet());
        for (DesiredObject object : state.objects().values()) {
            JsonNode node = JSON.readTree(object.json());
            for (String attribute : REQUIRED.get(object.type())) {
                JsonNode value = at(node, attribute);
                assertThat(value.isMissingNode() || value.isNull()).as(object.type() + " " + attribute).isFalse();
                assertThat(value.isString() && value.asString().isBlank()).as(object.type() + " " + attribute + " blank").isFalse();
            }
            assertThat(UUID.fromString(node.path("externalId").asString())).isEqualTo(object.externalId());
            for (String attribute : REFERENCES.getOrDefault(object.type(), List.of())) {
                JsonNode ref = at(node, attribute);
                for (JsonNode each : ref.isArray() ? ref : List.of(ref)) {
                    if (!each.isMissingNode()) {
                        assertThat(UUID.fromString(each.path("value").asString())).isNotNull();
                        assertThat(each.path("$ref").asString()).endsWith("/" + each.path("value").asString());
                    }
                }
            }
            assertNothingEmpty(object.type() + "", node);
        }
    }

    @Test
    void pupilsGetTheirGroupsAndEnrolmentsTeachersNoEmptyExtension() {
        DesiredState state = DesiredState.compute(school(), Selection.everything(), false);

        JsonNode alva = JSON.readTree(state.objects().get(new ObjectKey(ScimType.STUDENT, pupil)).json());
        JsonNode school = alva.path(SCHOOL + ":User");
        assertThat(school.path("studentGroups").findValuesAsString("value")).containsExactlyInAnyOrder(klass.toString(), maths.toString());
        assertThat(school.path("enrolments").findValuesAsString("value")).containsExactly(unit.toString());
        assertThat(alva.path("schemas").toString()).contains(SCHOOL + ":User");
        assertThat(school.has("civicNo")).as("civic number only to DNP").isFalse();

        JsonNode tove = JSON.readTree(state.objects().get(new ObjectKey(ScimType.TEACHER, teacher)).json());
        assertThat(tove.has(SCHOOL + ":User")).isFalse();
        assertThat(tove.path("schemas").toString()).doesNotContain(SCHOOL);

        JsonNode toveForDnp = JSON.readTree(DesiredState.compute(school(), Selection.everything(), true)
                .objects().get(new ObjectKey(ScimType.TEACHER, teacher)).json());
        assertThat(toveForDnp.path(SCHOOL + ":User").path("civicNo").asString()).isEqualTo("198001012380");
    }

    @Test
    void objectsNameWhatMustBeHeldBeforeThem() {
        DesiredState state = DesiredState.compute(school(), Selection.everything(), false);

        assertThat(state.objects().get(new ObjectKey(ScimType.EMPLOYMENT, duty)).needs())
                .containsExactlyInAnyOrder(new ObjectKey(ScimType.SCHOOL_UNIT, unit), new ObjectKey(ScimType.TEACHER, teacher));
        assertThat(state.objects().get(new ObjectKey(ScimType.STUDENT_GROUP, klass)).needs())
                .contains(new ObjectKey(ScimType.STUDENT, pupil), new ObjectKey(ScimType.STUDENT, pupil2), new ObjectKey(ScimType.SCHOOL_UNIT, unit));
        for (DesiredObject object : state.objects().values()) {
            assertThat(object.needs()).allMatch(need -> need.type().compareTo(object.type()) < 0, "needs come earlier in the order");
        }
    }

    @Test
    void twoPeopleWithOneUserNameAreBothNamedAndNeitherIsSent() {
        SchoolData data = school();
        UUID twin = UUID.randomUUID();
        data.add(new Person(twin, "Ella", "Axelsson", null, List.of("ALVA.berg@ale.example"), null, List.of()));
        data.add(new Duty(UUID.randomUUID(), twin, unit, "Lärare", null));
        data.add(new Activity(UUID.randomUUID(), "Svenska 8", "Undervisning", unit, List.of(klass),
                data.duties().values().stream().filter(d -> d.personId().equals(twin)).map(Duty::id).toList()));

        DesiredState state = DesiredState.compute(data, Selection.everything(), false);

        assertThat(state.objects()).doesNotContainKeys(new ObjectKey(ScimType.STUDENT, pupil), new ObjectKey(ScimType.TEACHER, twin));
        assertThat(state.objects().values()).noneMatch(o -> o.json().contains(pupil.toString()) || o.json().contains(twin.toString()));
        assertThat(state.problems()).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("userName"));
        assertThat(state.problems()).anySatisfy(p -> {
            assertThat(p.objectId()).isEqualTo(pupil.toString());
            assertThat(p.message()).contains("Ella Axelsson", twin.toString());
        });
        assertThat(state.problems()).anySatisfy(p -> {
            assertThat(p.objectId()).isEqualTo(twin.toString());
            assertThat(p.message()).contains("Alva Berg", pupil.toString());
        });
        assertThat(state.objects()).containsKey(new ObjectKey(ScimType.STUDENT, pupil2));
        assertThat(UserNameClashes.inSource(data.persons().values())).hasSize(2);
    }

    @Test
    void aSchoolUnitWithoutItsCodeIsReportedNotSent() {
        SchoolData data = school();
        data.add(new Org(unit, "Skolenhet", "Alboskolan 7-9", null, List.of("GR"), "1440", area));

        DesiredState state = DesiredState.compute(data, new Selection(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), true, Set.of()), false);

        assertThat(state.count(ScimType.SCHOOL_UNIT)).isZero();
        assertThat(state.count(ScimType.STUDENT)).isZero();
        assertThat(state.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("schoolUnitCode"));
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode here = node;
        if (path.startsWith(SCHOOL)) {
            int dot = path.lastIndexOf('.');
            return node.path(path.substring(0, dot)).path(path.substring(dot + 1));
        }
        for (String part : path.split("\\.")) {
            here = here.path(part);
        }
        return here;
    }

    private static void assertNothingEmpty(String where, JsonNode node) {
        node.properties().forEach(e -> {
            JsonNode value = e.getValue();
            if (value.isObject()) {
                assertThat(value.isEmpty()).as(where + " " + e.getKey() + " is an empty object").isFalse();
                assertNothingEmpty(where + " " + e.getKey(), value);
            }
            assertThat(value.isNull()).as(where + " " + e.getKey() + " is null").isFalse();
        });
    }
}
