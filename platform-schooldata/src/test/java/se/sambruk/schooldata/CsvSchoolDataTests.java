package se.sambruk.schooldata;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import se.sambruk.schooldata.SchoolRecords.Activity;
import se.sambruk.schooldata.SchoolRecords.Group;
import se.sambruk.schooldata.SchoolRecords.Person;

import static org.assertj.core.api.Assertions.assertThat;

class CsvSchoolDataTests {

    static final String HEADER = "type;id;display_name;given_name;family_name;civic_no;eppn;email;school_unit;school_unit_code;school_type;school_year;programme;group_type;groups\n";
    static final String UNIT = "11111111-1111-1111-1111-111111111111";
    static final String GROUP = "22222222-2222-2222-2222-222222222222";

    @Test
    void readsUnitsGroupsPupilsAndTeachersWithSemicolonsAndQuotes() {
        String csv = HEADER
                + "SCHOOL_UNIT;" + UNIT + ";\"Skolan; norra\";;;;;;;12345678;GR|GY;;;;\n"
                + "GROUP;" + GROUP + ";Ma 8;;;;;;" + UNIT + ";;GR;;;Undervisning;\n"
                + "STUDENT;33333333-3333-3333-3333-333333333333;;Alva;Berg;20100101-2382;alva@skola.se;;" + UNIT + ";;GR;8;;;" + GROUP + "\n"
                + "TEACHER;44444444-4444-4444-4444-444444444444;;Karin;Lind;;;;" + UNIT + ";;;;;;" + GROUP + "\n";

        CsvSchoolData.Result result = CsvSchoolData.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).hasSize(6);
        Person pupil = (Person) result.records().stream().filter(r -> r instanceof Person p && p.isStudent()).findFirst().orElseThrow();
        assertThat(pupil.civicNo()).isEqualTo("201001012382");
        assertThat(pupil.enrolments().get(0).schoolYear()).isEqualTo(8);
        Group group = (Group) result.records().stream().filter(r -> r instanceof Group).findFirst().orElseThrow();
        assertThat(group.memberIds()).hasSize(1);
        Activity activity = (Activity) result.records().stream().filter(r -> r instanceof Activity).findFirst().orElseThrow();
        assertThat(activity.dutyIds()).hasSize(1);
    }

    @Test
    void badRowsAreReportedWithTheirNumberAndTheRestIsRead() {
        String csv = HEADER.replace(';', ',')
                + "SCHOOL_UNIT," + UNIT + ",Skolan,,,,,,,,GR,,,,\n"
                + "STUDENT,not-a-uuid,,Alva,Berg,,,," + UNIT + ",,GR,8,,,\n"
                + "STUDENT,55555555-5555-5555-5555-555555555555,,Noah,,,,," + UNIT + ",,GR,8,,,\n"
                + "STUDENT,66666666-6666-6666-6666-666666666666,,\"Saga,Ek,,,\n"
                + "PUPIL,77777777-7777-7777-7777-777777777777,,,,,,,,,,,,,\n"
                + "STUDENT,88888888-8888-8888-8888-888888888888,,Omar,Ali,1234,,," + UNIT + ",,GR,8,,,\n"
                + "STUDENT,99999999-9999-9999-9999-999999999999,,Ebba,Holm,,,," + UNIT + ",,GR,9,,,\n";

        CsvSchoolData.Result result = CsvSchoolData.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.records()).hasSize(2);
        assertThat(result.problems()).extracting(p -> p.objectId() + ": " + p.message()).containsExactly(
                "row 3: id is not a UUID: not-a-uuid",
                "row 4: family_name is missing",
                "row 5: A quoted field is not closed",
                "row 6: type must be ORGANISER, SCHOOL_UNIT, GROUP, STUDENT or TEACHER, not PUPIL",
                "row 7: civic_no must have 12 digits (ÅÅÅÅMMDDNNNN)");
    }

    @Test
    void aFileWithoutTheHeaderIsOneClearProblem() {
        CsvSchoolData.Result result = CsvSchoolData.read("STUDENT,1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.records()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("type and id"));
    }
}
