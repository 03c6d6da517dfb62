package se.sambruk.multifraga.sources;

import java.time.LocalDate;

/**
 * What every request carries, as SSBTEK's general parameters do: who asks (organisation number
 * and name, caseworker), for whom (one person's 12-digit number), which case, which period, the
 * purpose (syfte) and the law (lagtext) that allows the question; and the platform's organisation
 * (for sources that use the municipality's own client certificate).
 */
public record SourceQuestion(String organisationNumber, String organisationName, String caseworker, String person,
                             String caseId, LocalDate from, LocalDate to, String purpose, String law, String correlationId, long organisationId) {

    /** A question without the platform's organisation id (sources that need only SSBTEK's ingivare). */
    public SourceQuestion(String organisationNumber, String organisationName, String caseworker, String person,
                          String caseId, LocalDate from, LocalDate to, String purpose, String law, String correlationId) {
        this(organisationNumber, organisationName, caseworker, person, caseId, from, to, purpose, law, correlationId, 0L);
    }
}
