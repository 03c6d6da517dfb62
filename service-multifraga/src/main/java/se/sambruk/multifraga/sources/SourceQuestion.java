package se.sambruk.multifraga.sources;

import java.time.LocalDate;

/**
 * What every request carries, as SSBTEK's general parameters do: who asks (organisation number
 * and name, caseworker), for whom (one person's 12-digit number), which case, which period, the
 * purpose (syfte) and the law (lagtext) that allows the question.
 */
public record SourceQuestion(String organisationNumber, String organisationName, String caseworker, String person,
                             String caseId, LocalDate from, LocalDate to, String purpose, String law, String correlationId) {
}
