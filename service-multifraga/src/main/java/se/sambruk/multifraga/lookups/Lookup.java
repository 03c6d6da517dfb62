package se.sambruk.multifraga.lookups;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A look-up as the log keeps it: who asked, for which case and persons (masked), what period, sources, purpose and law; flagged when a person has protected identity. */
public record Lookup(long id, long organisationId, String caseId, List<String> personsMasked, LocalDate from, LocalDate to,
                     List<String> sources, String purpose, String law, String caseworker, OffsetDateTime askedAt,
                     OffsetDateTime resultsDeletedAt, boolean protectedIdentity) {
}
