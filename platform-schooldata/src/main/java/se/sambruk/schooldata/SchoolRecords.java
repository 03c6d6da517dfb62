package se.sambruk.schooldata;

import java.util.List;
import java.util.UUID;

/** School data as the services use it, normalised from SS 12000 or a CSV upload. */
public final class SchoolRecords {

    private SchoolRecords() {
    }

    /** An organisation: Huvudman (the organiser), Skolenhet (school unit), or a grouping of school units. */
    public record Org(UUID id, String organisationType, String displayName, String schoolUnitCode,
                      List<String> schoolTypes, String municipalityCode, UUID parentId) {
        public boolean isSchoolUnit() {
            return "Skolenhet".equals(organisationType);
        }

        public boolean isOrganiser() {
            return "Huvudman".equals(organisationType);
        }
    }

    /** An enrolment that is in force: the pupil studies at the school unit in this school type and year. */
    public record Enrolment(UUID schoolUnitId, String schoolType, Integer schoolYear, String programmeCode) {
    }

    public record Person(UUID id, String givenName, String familyName, String civicNo, List<String> eduPersonPrincipalNames,
                         String email, List<Enrolment> enrolments) {
        public boolean isStudent() {
            return !enrolments.isEmpty();
        }

        public String name() {
            return givenName + " " + familyName;
        }
    }

    public record Group(UUID id, String displayName, String groupType, String schoolType, UUID schoolUnitId, List<UUID> memberIds) {
    }

    /** A duty (tjänstgöring): the person works at the school unit in a role, such as Lärare. */
    public record Duty(UUID id, UUID personId, UUID schoolUnitId, String dutyRole, String signature) {
    }

    public record Activity(UUID id, String displayName, String activityType, UUID schoolUnitId, List<UUID> groupIds,
                           List<UUID> dutyIds) {
    }

    /** What was wrong with one object of the source; the object is left out, the rest goes on. */
    public record Problem(String kind, String objectId, String message) {
    }
}
