package se.sambruk.multifraga.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The decisions made in a case, by its case id, as the caseworker records them on a look-up's
 * page: the outcome and the day. The log review counts a look-up as followed by a decision when
 * its case has one decided on or after the day of the look-up.
 */
@Service
public class CaseDecisions {

    public enum Outcome { GRANTED, PARTLY, REFUSED }

    public record Decision(long id, String caseId, Outcome outcome, LocalDate decidedOn, String caseworker, OffsetDateTime recordedAt) {
    }

    private final JdbcClient jdbc;

    CaseDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long record(long organisationId, String caseId, Outcome outcome, LocalDate decidedOn, String caseworker) {
        return jdbc.sql("""
                        insert into multifraga.case_decision (organisation_id, case_id, outcome, decided_on, caseworker)
                        values (:org, :caseId, :outcome, :on, :caseworker) returning id""")
                .param("org", organisationId).param("caseId", caseId).param("outcome", outcome.name()).param("on", decidedOn)
                .param("caseworker", caseworker).query(Long.class).single();
    }

    public List<Decision> ofCase(long organisationId, String caseId) {
        return jdbc.sql("select * from multifraga.case_decision where organisation_id = :org and case_id = :caseId order by decided_on, id")
                .param("org", organisationId).param("caseId", caseId)
                .query((rs, n) -> new Decision(rs.getLong("id"), rs.getString("case_id"), Outcome.valueOf(rs.getString("outcome")),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("caseworker"), rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }
}
