package se.sambruk.multifraga.lookups;

import java.time.LocalDate;
import java.util.List;

import se.sambruk.core.PersonalIdentityNumber;

/** A validated look-up: the household's numbers, the case, the period, the sources, the purpose and the law. */
public record LookupRequest(List<PersonalIdentityNumber> persons, String caseId, LocalDate from, LocalDate to,
                            List<String> sources, String purpose, String law) {
}
