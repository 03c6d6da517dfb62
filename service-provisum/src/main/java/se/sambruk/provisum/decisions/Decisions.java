package se.sambruk.provisum.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.Notifications;

/**
 * The office's decisions as the guardians see them: each is kept with its reasons, registered in
 * the diarium, and the guardians of the principal's current assignments are told by an e-mail
 * (the core's Notifications) that names no personal data, only that there is a decision in the
 * e-service; a guardian without an e-mail address is counted as one to tell by post. The guardian
 * reads the decision with its reasons in the e-service ({@link #ofGuardian}).
 */
@Repository("provisumDecisions")
public class Decisions {

    public enum Kind { REVIEW, FEE, PERMISSION, INJUNCTION }

    public record Decision(long id, long caseId, long municipalityId, String principalName, String diaryNumber, String caseType, Kind kind,
                           String title, String reasons, LocalDate decidedOn, String decidedBy, int mailed, int byPost) {

        /** The reasons' paragraphs, for the page. */
        public List<String> paragraphs() {
            return java.util.Arrays.stream(reasons.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        }
    }

    public static final String SUBJECT = "Nytt beslut från överförmyndaren";
    public static final String TEXT = "Överförmyndaren har fattat ett beslut i ditt uppdrag som ställföreträdare.\n\n"
            + "Logga in med e-legitimation i e-tjänsten för ställföreträdare för att läsa beslutet och skälen för det.\n";

    private static final String SELECT = """
            select d.*, c.municipality_id, c.diary_number, c.type, p.name as principal_name from provisum.decision d
              join provisum.case_file c on c.id = d.case_id join provisum.principal p on p.id = c.principal_id
            """;

    private static final RowMapper<Decision> ROW = (rs, n) -> new Decision(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("municipality_id"),
            rs.getString("principal_name"), rs.getString("diary_number"), rs.getString("type"), Kind.valueOf(rs.getString("kind")),
            rs.getString("title"), rs.getString("reasons"), rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
            rs.getInt("mailed"), rs.getInt("by_post"));

    private final JdbcTemplate jdbc;
    private final Notifications notifications;

    Decisions(JdbcTemplate jdbc, Notifications notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    /**
     * Records a decision of the case, registers it and, with {@code mail}, e-mails the guardians of
     * the principal's current assignments (in the caller's transaction: a rolled-back decision sends nothing).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public long record(long caseId, Kind kind, String title, String reasons, LocalDate on, String by, boolean mail) {
        var target = jdbc.queryForMap("select municipality_id, principal_id from provisum.case_file where id = ?", caseId);
        long municipalityId = ((Number) target.get("municipality_id")).longValue();
        List<String> guardians = jdbc.queryForList("""
                select g.email from provisum.guardian g where g.id in (select a.guardian_id from provisum.assignment a
                 where a.principal_id = ? and (a.ends_on is null or a.ends_on >= cast(? as date) - 31))
                """, String.class, target.get("principal_id"), on);
        List<String> addresses = guardians.stream().filter(a -> a != null && !a.isBlank()).distinct().toList();
        int byPost = (int) guardians.stream().filter(a -> a == null || a.isBlank()).count();
        long id = jdbc.queryForObject("""
                insert into provisum.decision (case_id, kind, title, reasons, decided_on, decided_by, mailed, by_post) values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, caseId, kind.name(), title, reasons, on, by, mail ? addresses.size() : 0, mail ? byPost : 0);
        jdbc.update("insert into provisum.register_entry (municipality_id, case_id, kind, title, registered_by) values (?, ?, 'DECISION', ?, ?)",
                municipalityId, caseId, "Beslut: " + title + (mail ? " (e-post till " + addresses.size() + ", post till " + byPost + ")" : ""), by);
        if (mail) {
            for (String address : addresses) {
                notifications.email(address, SUBJECT, TEXT);
            }
        }
        return id;
    }

    public List<Decision> forCase(long caseId) {
        return jdbc.query(SELECT + " where d.case_id = ? order by d.id", ROW, caseId);
    }

    private static final String GUARDIAN = """
             exists (select 1 from provisum.assignment a join provisum.guardian g on g.id = a.guardian_id
                      where a.principal_id = c.principal_id and g.personnummer = ? and (a.ends_on is null or a.ends_on >= cast(? as date) - 31))
            """;

    /** The decisions about the principals the person is (or within the last month was) guardian of, newest first. */
    public List<Decision> forGuardian(String personnummer, LocalDate today) {
        return jdbc.query(SELECT + " where " + GUARDIAN + " order by d.decided_on desc, d.id desc limit 100", ROW, personnummer, today);
    }

    public Optional<Decision> ofGuardian(long id, String personnummer, LocalDate today) {
        return jdbc.query(SELECT + " where d.id = ? and " + GUARDIAN, ROW, id, personnummer, today).stream().findFirst();
    }
}
