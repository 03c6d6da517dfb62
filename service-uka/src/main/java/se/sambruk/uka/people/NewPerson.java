package se.sambruk.uka.people;

import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.uka.coverage.CoverageFacts.ProgrammeStatus;

/** A person as added by hand or read from an import, already validated. */
public record NewPerson(PersonalIdentityNumber personnummer, String name, String phone, String email, String address,
                        String guardians, String caseworker, boolean registeredHere, boolean compulsorySchoolDone,
                        ProgrammeStatus programme) {
}
