package se.sambruk.uka.people;

import java.time.LocalDate;

import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.uka.coverage.CoverageFacts;
import se.sambruk.uka.coverage.CoverageFacts.ProgrammeStatus;

/** A young person in the municipality's register. The personnummer is shown masked unless asked for. */
public record YoungPerson(long id, long organisationId, PersonalIdentityNumber personnummer, String name, String phone, String email,
                          String address, String guardians, String caseworker, boolean registeredHere, boolean compulsorySchoolDone,
                          ProgrammeStatus programme, boolean covered, LocalDate coverageChangedOn) {

    public CoverageFacts facts() {
        return new CoverageFacts(personnummer.dateOfBirth(), registeredHere, compulsorySchoolDone, programme);
    }

    public String masked() {
        return personnummer.masked();
    }

    /** Age in whole years on the day. */
    public int age(LocalDate today) {
        return java.time.Period.between(personnummer.dateOfBirth(), today).getYears();
    }

    public boolean minor(LocalDate today) {
        return age(today) < 18;
    }
}
