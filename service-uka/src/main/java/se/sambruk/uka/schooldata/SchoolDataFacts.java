package se.sambruk.uka.schooldata;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.schooldata.SchoolRecords.Enrolment;
import se.sambruk.schooldata.SchoolRecords.Person;
import se.sambruk.uka.coverage.CoverageFacts.ProgrammeStatus;

/**
 * What a person read from the municipality's SS 12000 API says for the register: the facts the
 * coverage rules read (compulsory school done, upper secondary school attended, registered in the
 * municipality), from the enrolments in force today (school type, programme) and the person's
 * address of type Folkbokföring.
 *
 * <ul>
 *   <li>An enrolment in force in gymnasieskolan or anpassade gymnasieskolan (school types GY, GYS),
 *       on any programme, introductory ones included: attends upper secondary school.</li>
 *   <li>An enrolment in force in grundskolan, anpassade grundskolan, specialskolan or sameskolan
 *       (GR, GRS, SP, SAM): has not finished compulsory school.</li>
 *   <li>Neither (no enrolment, or only in komvux and the like): finished compulsory school and
 *       attends no national programme.</li>
 *   <li>A gymnasieexamen is not in SS 12000: that comes from BEDA or by hand.</li>
 * </ul>
 */
public final class SchoolDataFacts {

    public static final Set<String> UPPER_SECONDARY = Set.of("GY", "GYS");
    public static final Set<String> COMPULSORY = Set.of("GR", "GRS", "SP", "SAM");

    private SchoolDataFacts() {
    }

    /**
     * What the read says of one person. {@code registeredHere} is null when the source does not
     * say where the person is folkbokförd.
     */
    public record Seen(PersonalIdentityNumber personnummer, String name, String email, Boolean registeredHere,
                       boolean compulsorySchoolDone, ProgrammeStatus programme, String programmeName) {
    }

    /** The person's personnummer could not be read; the SS 12000 id and what was wrong (never the number). */
    public static final class BadPerson extends RuntimeException {
        public BadPerson(String message) {
            super(message);
        }
    }

    /**
     * The person's facts, or empty when the person is none of the register's business: no
     * personnummer (civicNo), not yet in the year of turning 16, or already 20.
     *
     * @param registeredMunicipality the kommunkod of the person's Folkbokföring address, or null
     * @param kommunkod the municipality's own kommunkod, or null when unknown
     * @throws BadPerson when the civicNo is not a valid personnummer or samordningsnummer
     */
    public static Optional<Seen> of(Person person, String registeredMunicipality, String kommunkod, LocalDate today) {
        if (person.civicNo() == null) {
            return Optional.empty();
        }
        PersonalIdentityNumber pnr;
        try {
            pnr = PersonalIdentityNumber.parse(person.civicNo(), today);
        } catch (IllegalArgumentException e) {
            throw new BadPerson("civicNo är inte ett giltigt personnummer");
        }
        LocalDate born = pnr.dateOfBirth();
        if (born.getYear() + 16 > today.getYear() || !today.isBefore(born.plusYears(20))) {
            return Optional.empty();
        }
        boolean inCompulsory = false;
        Enrolment upperSecondary = null;
        for (Enrolment e : person.enrolments()) {
            if (UPPER_SECONDARY.contains(e.schoolType())) {
                upperSecondary = upperSecondary == null ? e : upperSecondary;
            } else if (COMPULSORY.contains(e.schoolType())) {
                inCompulsory = true;
            }
        }
        String name = person.name().strip();
        if (name.length() > 200) {
            throw new BadPerson("namnet är längre än 200 tecken");
        }
        String email = person.email() == null || person.email().length() > 200 ? null : person.email();
        Boolean here = registeredMunicipality == null || kommunkod == null ? null : registeredMunicipality.equals(kommunkod);
        ProgrammeStatus programme = upperSecondary != null ? ProgrammeStatus.ATTENDING : ProgrammeStatus.NONE;
        return Optional.of(new Seen(pnr, name, email, here, !inCompulsory, programme,
                upperSecondary == null ? null : upperSecondary.programmeCode()));
    }

    /** The kommunkod of the person's address of type Folkbokföring in the SS 12000 object, or null. */
    public static String registeredMunicipality(JsonNode person) {
        for (JsonNode address : person.path("addresses")) {
            if ("Folkbokföring".equalsIgnoreCase(address.path("type").asString("")) && address.path("municipalityCode").isString()) {
                String code = address.path("municipalityCode").asString().strip();
                return code.matches("\\d{4}") ? code : null;
            }
        }
        return null;
    }
}
