package se.sambruk.provisum.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.core.ClusterJobs;
import se.sambruk.core.Notifications;
import se.sambruk.provisum.rules.Deadlines.Action;
import se.sambruk.provisum.rules.NoticeRule;

/**
 * The daily job (one node at a time, {@code provisum-deadline-notices}) that sends what the
 * deadlines call for: a reminder from 14 days before the deadline, a reminder once it has passed,
 * and a föreläggande med vite 30 days after (see {@link NoticeRule}), for the cases where the
 * guardian must hand something in (förteckning, årsräkning, sluträkning, redogörelse). Each notice
 * goes once: the row in {@code provisum.deadline_notice} is written in the same transaction as the
 * mails and the diarium entry, and its key (case, kind) refuses a second. The mails carry no
 * personal data: they say a document is due on a date and point to the e-service.
 */
@Component
public class DeadlineNotices {

    private static final Logger log = LoggerFactory.getLogger(DeadlineNotices.class);
    static final List<String> GUARDIANS_HAND_IN = List.of("FORTECKNING", "ARSRAKNING", "SLUTRAKNING", "REDOGORELSE");

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final ClusterJobs jobs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    private final se.sambruk.provisum.decisions.Decisions decisions;

    DeadlineNotices(JdbcTemplate jdbc, Notifications notifications, ClusterJobs jobs, TransactionTemplate transactions, Clock clock,
                    se.sambruk.provisum.decisions.Decisions decisions) {
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${sambruk.provisum.notices-cron:0 30 6 * * *}", zone = "Europe/Stockholm")
    void daily() {
        jobs.runAlone("provisum-deadline-notices", () -> {
            int sent = sendDue(LocalDate.now(clock));
            log.info("Provisum deadline notices: {} sent", sent);
        });
    }

    private record Due(long caseId, long municipalityId, long principalId, String type, LocalDate dueOn, String diaryNumber) {
    }

    /** Sends every notice due on {@code today} that was not sent before; how many cases got one. */
    public int sendDue(LocalDate today) {
        List<Due> open = jdbc.query("""
                select id, municipality_id, principal_id, type, due_on, diary_number from provisum.case_file
                 where status = 'OPEN' and due_on is not null and due_on <= ? and type in ('FORTECKNING', 'ARSRAKNING', 'SLUTRAKNING', 'REDOGORELSE')
                 order by id
                """, (rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                rs.getString(6)), today.plusDays(14));
        int sent = 0;
        for (Due due : open) {
            Boolean done = transactions.execute(status -> send(due, today));
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Due due, LocalDate today) {
        Map<Action, LocalDate> sent = new EnumMap<>(Action.class);
        jdbc.query("select action, sent_on from provisum.deadline_notice where case_id = ? for update", rs -> {
            sent.put(Action.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class));
        }, due.caseId());
        Optional<Action> action = NoticeRule.toSend(due.dueOn(), today, sent);
        if (action.isEmpty()) {
            return false;
        }
        List<String> addresses = jdbc.queryForList("""
                select distinct g.email from provisum.guardian g join provisum.assignment a on a.guardian_id = g.id
                 where a.principal_id = ? and (a.ends_on is null or a.ends_on >= cast(? as date) - 31) and g.email is not null
                """, String.class, due.principalId(), today);
        int inserted = jdbc.update("""
                insert into provisum.deadline_notice (case_id, action, sent_on, due_on, recipients) values (?, ?, ?, ?, ?) on conflict do nothing
                """, due.caseId(), action.get().name(), today, due.dueOn(), addresses.size());
        if (inserted == 0) {
            return false;
        }
        String subject = switch (action.get()) {
            case REMINDER -> "Påminnelse från överförmyndaren";
            case OVERDUE_REMINDER -> "Påminnelse från överförmyndaren: sista dagen har passerat";
            default -> "Föreläggande från överförmyndaren";
        };
        String text = switch (action.get()) {
            case REMINDER -> "En handling i ditt uppdrag som ställföreträdare ska lämnas till överförmyndaren senast " + due.dueOn() + ".";
            case OVERDUE_REMINDER -> "En handling i ditt uppdrag som ställföreträdare skulle ha lämnats till överförmyndaren senast "
                    + due.dueOn() + ". Lämna in den snarast.";
            default -> "Överförmyndaren har inte fått in en handling i ditt uppdrag som ställföreträdare trots påminnelse, och förelägger dig"
                    + " att lämna in den vid vite (16 kap. 13 § föräldrabalken). Beslutet skickas till dig med post eller delges dig.";
        } + "\n\nLogga in med e-legitimation i e-tjänsten för ställföreträdare för att se vad det gäller och lämna in handlingen.\n"
                + "Ärendets diarienummer: " + due.diaryNumber() + "\n";
        for (String address : addresses) {
            notifications.email(address, subject, text);
        }
        jdbc.update("insert into provisum.register_entry (municipality_id, case_id, kind, title, registered_by) values (?, ?, ?, ?, 'provisum')",
                due.municipalityId(), due.caseId(), action.get() + "_SENT", subject + " (" + addresses.size() + " mottagare)");
        if (action.get() == Action.INJUNCTION) {
            // the injunction is a decision the guardian reads in the e-service (the mail above already told them)
            decisions.record(due.caseId(), se.sambruk.provisum.decisions.Decisions.Kind.INJUNCTION, "Föreläggande vid vite",
                    "Överförmyndaren har inte fått in " + switch (due.type()) {
                        case "FORTECKNING" -> "förteckningen";
                        case "ARSRAKNING" -> "årsräkningen";
                        case "SLUTRAKNING" -> "sluträkningen";
                        default -> "redogörelsen";
                    } + ", som skulle ha lämnats senast "
                            + due.dueOn() + ", trots påminnelse. Överförmyndaren förelägger dig att lämna in den vid vite (FB 16 kap. 13 §). "
                            + "Föreläggandet delges dig.", today, "provisum", false);
        }
        return true;
    }

    public record Sent(long caseId, String diaryNumber, String principalName, String type, String action, LocalDate sentOn, LocalDate dueOn,
                       int recipients) {
    }

    /** What was sent for the municipalities in scope, newest first. */
    public List<Sent> sent(java.util.Set<Long> municipalities) {
        var named = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc);
        return named.query("""
                select n.*, c.diary_number, c.type, p.name from provisum.deadline_notice n join provisum.case_file c on c.id = n.case_id
                  join provisum.principal p on p.id = c.principal_id where c.municipality_id in (:m) order by n.sent_on desc, n.case_id limit 500
                """, java.util.Map.of("m", municipalities), (rs, n) -> new Sent(rs.getLong("case_id"), rs.getString("diary_number"), rs.getString("name"),
                rs.getString("type"), rs.getString("action"), rs.getObject("sent_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getInt("recipients")));
    }
}
