package se.sambruk.tillarbetslivet.season;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditLog;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.schooldata.SchoolData;
import se.sambruk.tillarbetslivet.choosing.PupilKey;
import se.sambruk.schooldata.SchoolDataReader;
import se.sambruk.schooldata.SchoolRecords;

/**
 * Class lists from the municipality's school data (SS 12000, read by platform-schooldata as EGIL
 * reads it): every pupil enrolled in the chosen school years, with the school unit's name and the
 * pupil's class (the group of type Klass). A pupil already read is updated (by the SS 12000 id),
 * never added twice; their choices stay. Only name, class, year and school are kept, the date of
 * birth, and the keyed hash of the civic number ({@link PupilKey}) by which the pupil signs in to
 * rank choices.
 */
@Service
public class SchoolDataImport {

    public record Outcome(int added, int updated, int problems) implements java.io.Serializable {
    }

    private final JdbcTemplate jdbc;
    private final Placements placements;
    private final AuditLog audit;
    private final PupilKey pupilKey;

    SchoolDataImport(JdbcTemplate jdbc, Placements placements, AuditLog audit, PupilKey pupilKey) {
        this.pupilKey = pupilKey;
        this.jdbc = jdbc;
        this.placements = placements;
        this.audit = audit;
    }

    @Transactional
    public Outcome importRead(long org, SchoolDataReader.Read read, int fromYear, int toYear) {
        SchoolData data = read.data();
        int added = 0;
        int updated = 0;
        for (SchoolRecords.Person person : data.persons().values()) {
            SchoolRecords.Enrolment enrolment = person.enrolments().stream()
                    .filter(e -> e.schoolYear() != null && e.schoolYear() >= fromYear && e.schoolYear() <= toYear).findFirst().orElse(null);
            if (enrolment == null) {
                continue;
            }
            String name = ((person.givenName() == null ? "" : person.givenName()) + " " + (person.familyName() == null ? "" : person.familyName()))
                    .strip();
            if (name.isEmpty()) {
                continue;
            }
            SchoolRecords.Org unit = data.organisations().get(enrolment.schoolUnitId());
            String school = limit(unit == null || unit.displayName() == null ? "Skolenhet " + enrolment.schoolUnitId() : unit.displayName(), 120);
            String className = limit(classOf(data, person.id()), 20);
            long schoolId = placements.school(org, school);
            Boolean inserted = jdbc.queryForObject("""
                    insert into tillarbetslivet.pupil (organisation_id, school_id, name, class_name, school_year, external_id, born_on,
                                                       person_hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (organisation_id, external_id) where external_id is not null
                    do update set school_id = excluded.school_id, name = excluded.name, class_name = excluded.class_name,
                                  school_year = excluded.school_year, born_on = coalesce(excluded.born_on, tillarbetslivet.pupil.born_on),
                                  person_hash = coalesce(excluded.person_hash, tillarbetslivet.pupil.person_hash)
                    returning (xmax = 0)""", Boolean.class, org, schoolId, limit(name, 120), className, enrolment.schoolYear(), person.id(),
                    bornOn(person.civicNo()), personHash(person.civicNo()));
            if (Boolean.TRUE.equals(inserted)) {
                added++;
            } else {
                updated++;
            }
        }
        audit.personalDataChanged("tillarbetslivet.pupils", null, org, "SS 12000 read: " + added + " pupils added, " + updated + " updated");
        return new Outcome(added, updated, read.problems().size());
    }

    /**
     * The date of birth of a valid personnummer or samordningsnummer (for the time rules of minors on
     * APL); only the date is kept, never the number.
     */
    static LocalDate bornOn(String civicNo) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
        if (civicNo == null || !PersonalIdentityNumber.isValid(civicNo, today)) {
            return null;
        }
        return PersonalIdentityNumber.parse(civicNo, today).dateOfBirth();
    }

    /** The keyed hash of a valid civic number (the pupil's sign-in to rank choices), null without one or without the key. */
    private String personHash(String civicNo) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
        if (civicNo == null || !PersonalIdentityNumber.isValid(civicNo, today)) {
            return null;
        }
        return pupilKey.hash(PersonalIdentityNumber.parse(civicNo, today)).orElse(null);
    }

    private static String classOf(SchoolData data, UUID person) {
        for (Map.Entry<UUID, SchoolRecords.Group> group : data.groups().entrySet()) {
            SchoolRecords.Group g = group.getValue();
            if ("Klass".equals(g.groupType()) && g.memberIds().contains(person) && g.displayName() != null) {
                return g.displayName();
            }
        }
        return "–";
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
