package se.sambruk.core.notification;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.web.NotFoundException;

/**
 * Staff follow the outbox: mails waiting, mails the server refused with its answer, a button to
 * try one again now; with the local catcher (demo) also what was "sent". Recipients and subjects
 * are masked and bodies never shown ({@link MailMask}): staff do not read municipalities' and
 * residents' mail, nor the sign-in links in it.
 */
@Controller
class MailController {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final JdbcTemplate jdbc;
    private final ObjectProvider<LocalMailCatcher> catcher;

    MailController(JdbcTemplate jdbc, ObjectProvider<LocalMailCatcher> catcher) {
        this.jdbc = jdbc;
        this.catcher = catcher;
    }

    @GetMapping("/admin/mail")
    String outbox(Model model) {
        List<OutboxRow> rows = jdbc.query("""
                select id, recipient, subject, created_at, attempts, next_attempt_at, sent_at, last_error
                from core.outgoing_mail
                where sent_at is null or sent_at > now() - interval '7 days'
                order by (sent_at is null) desc, created_at desc limit 200""", (rs, i) -> new OutboxRow(
                rs.getLong(1), MailMask.recipient(rs.getString(2)), MailMask.subject(rs.getString(3)), local(rs.getTimestamp(4)), rs.getInt(5),
                local(rs.getTimestamp(6)), local(rs.getTimestamp(7)), rs.getString(8)));
        model.addAttribute("rows", rows);
        LocalMailCatcher local = catcher.getIfAvailable();
        if (local != null) {
            List<LocalMailCatcher.CaughtMail> caught = new java.util.ArrayList<>(local.mails());
            java.util.Collections.reverse(caught);
            model.addAttribute("caught", caught.subList(0, Math.min(50, caught.size())).stream()
                    .map(mail -> new CaughtRow(mail.to().stream().map(MailMask::recipient).toList(), MailMask.subject(mail.subject())))
                    .toList());
        }
        return "admin/mail";
    }

    @PostMapping("/admin/mail/{id}/resend")
    String resend(@PathVariable long id, RedirectAttributes redirect) {
        if (jdbc.update("update core.outgoing_mail set next_attempt_at = now() where id = ? and sent_at is null", id) == 0) {
            throw new NotFoundException();
        }
        redirect.addFlashAttribute("flashKey", "mail.resent");
        return "redirect:/admin/mail";
    }

    private static LocalDateTime local(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atZone(STOCKHOLM).toLocalDateTime();
    }

    /** A mail the local catcher took (demo), masked like the outbox; its body is never shown. */
    record CaughtRow(List<String> to, String subject) {
    }

    record OutboxRow(long id, String recipient, String subject, LocalDateTime createdAt, int attempts,
                     LocalDateTime nextAttemptAt, LocalDateTime sentAt, String lastError) {
    }
}
