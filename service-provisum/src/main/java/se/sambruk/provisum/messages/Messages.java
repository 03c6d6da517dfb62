package se.sambruk.provisum.messages;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.Notifications;
import se.sambruk.core.UserRoleGrants;
import se.sambruk.provisum.ProvisumModule;

/**
 * Messages between a principal's guardians and the office, kept per principal and registered in
 * the diarium. A new message tells the other side through the core's Notifications, with no
 * personal data in the mail: the guardians of the principal's current assignments by e-mail (to
 * the address the office holds), and the office's caseworkers of the principal's open cases (all
 * its caseworkers when no case is open) by an in-app notice and mail. Callers scope the principal.
 */
@Repository("provisumMessages")
public class Messages {

    public static final int MAX_LENGTH = 4000;

    public record Message(long id, boolean fromOffice, String author, String body, OffsetDateTime createdAt) {
    }

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final UserRoleGrants roles;

    Messages(JdbcTemplate jdbc, Notifications notifications, UserRoleGrants roles) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.roles = roles;
    }

    public List<Message> of(long principalId) {
        return jdbc.query("select * from provisum.message where principal_id = ? order by created_at, id limit 500", (rs, n) -> new Message(
                rs.getLong("id"), rs.getBoolean("from_office"), rs.getString("author"), rs.getString("body"),
                rs.getObject("created_at", OffsetDateTime.class)), principalId);
    }

    private long write(long principalId, long municipalityId, boolean fromOffice, String author, String body, String registeredBy) {
        long id = jdbc.queryForObject("""
                insert into provisum.message (principal_id, municipality_id, from_office, author, body) values (?, ?, ?, ?, ?) returning id
                """, Long.class, principalId, municipalityId, fromOffice, author, body);
        jdbc.update("insert into provisum.register_entry (municipality_id, case_id, kind, title, registered_by) values (?, null, 'MESSAGE', ?, ?)",
                municipalityId, (fromOffice ? "Meddelande till ställföreträdare, huvudman #" : "Meddelande från ställföreträdare, huvudman #") + principalId,
                registeredBy);
        return id;
    }

    /** The office writes to the principal's guardians, who get a mail without personal data. */
    @Transactional
    public long fromOffice(long principalId, long municipalityId, String caseworker, String body) {
        long id = write(principalId, municipalityId, true, caseworker, body, caseworker);
        List<String> addresses = jdbc.queryForList("""
                select distinct g.email from provisum.guardian g join provisum.assignment a on a.guardian_id = g.id
                 where a.principal_id = ? and (a.ends_on is null or a.ends_on >= current_date) and g.email is not null
                """, String.class, principalId);
        for (String address : addresses) {
            notifications.email(address, "Nytt meddelande från överförmyndaren",
                    "Du har fått ett nytt meddelande från överförmyndaren i ditt uppdrag som ställföreträdare.\n\n"
                            + "Logga in med e-legitimation i e-tjänsten för ställföreträdare för att läsa det.\n");
        }
        return id;
    }

    /** A guardian writes to the office, whose caseworkers get a notice without personal data. */
    @Transactional
    public long fromGuardian(long principalId, long municipalityId, String guardianName, String residentActor, String body) {
        long id = write(principalId, municipalityId, false, guardianName, body, residentActor);
        List<String> caseworkers = jdbc.queryForList("""
                select distinct caseworker from provisum.case_file where principal_id = ? and status = 'OPEN' and caseworker is not null
                """, String.class, principalId);
        List<Long> offices = jdbc.queryForList("""
                select distinct g.office_id from provisum.guardian g join provisum.assignment a on a.guardian_id = g.id where a.principal_id = ?
                """, Long.class, principalId);
        for (long office : offices) {
            List<UserRoleGrants.RoleHolder> holders = roles.holders(office, ProvisumModule.PROVISUM_CASEWORKER);
            List<UserRoleGrants.RoleHolder> told = holders.stream().filter(h -> caseworkers.contains(h.username())).toList();
            for (UserRoleGrants.RoleHolder holder : told.isEmpty() ? holders : told) {
                notifications.notifyUser(holder.userId(), "Provisum: nytt meddelande från en ställföreträdare",
                        "En ställföreträdare har skickat ett meddelande till överförmyndaren (huvudman #" + principalId + ").",
                        "/provisum/principals/" + principalId + "#messages");
            }
        }
        return id;
    }
}
