package se.sambruk.uka.report;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What SCB asks per registration beyond the dates: "orsak till registrering" (a code of the
 * REGISTRATION_REASON list) and "tackade nej" (the young person declined the first action
 * offered), kept on the person's current coverage period (the open one, else the latest).
 */
@Service
public class ScbDetails {

    /** The values on the person's current coverage period. */
    public record Details(long periodId, java.time.LocalDate start, java.time.LocalDate end, String registrationReason, boolean declinedOffer) {
    }

    private final JdbcTemplate jdbc;

    ScbDetails(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's current coverage period (the open one, else the one that ended last); empty when never covered. */
    public Optional<Details> current(long organisationId, long personId) {
        return jdbc.query("select id, start_date, end_date, registration_reason, declined_offer from uka.coverage_period "
                        + "where organisation_id = ? and person_id = ? order by (end_date is null) desc, start_date desc, id desc limit 1",
                (rs, i) -> new Details(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getBoolean(5)), organisationId, personId).stream().findFirst();
    }

    /** Sets both on the current period; false when the person has never been covered. */
    @Transactional
    public boolean save(long organisationId, long personId, String registrationReason, boolean declinedOffer) {
        Optional<Details> current = current(organisationId, personId);
        if (current.isEmpty()) {
            return false;
        }
        return jdbc.update("update uka.coverage_period set registration_reason = ?, declined_offer = ? where organisation_id = ? and id = ?",
                registrationReason, declinedOffer, organisationId, current.get().periodId()) == 1;
    }
}
