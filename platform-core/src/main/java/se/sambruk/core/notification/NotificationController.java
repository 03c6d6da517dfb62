package se.sambruk.core.notification;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import se.sambruk.core.CurrentUser;

/** A signed-in user's own notifications, newest first; reading the list marks them read. */
@Controller
class NotificationController {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final JdbcTemplate jdbc;

    NotificationController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        long userId = signedInUser();
        List<Notice> notices = jdbc.query("""
                select id, subject, body, link, created_at, read_at from core.user_notification
                where user_id = ? order by created_at desc, id desc limit 100""", (rs, i) -> new Notice(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant().atZone(STOCKHOLM).toLocalDateTime(), rs.getTimestamp(6) == null), userId);
        model.addAttribute("notices", notices);
        return "notifications";
    }

    @PostMapping("/notifications/read")
    String markRead() {
        jdbc.update("update core.user_notification set read_at = now() where user_id = ? and read_at is null", signedInUser());
        return "redirect:/notifications";
    }

    private static long signedInUser() {
        Long userId = CurrentUser.require().userId();
        if (userId == null) {
            throw new org.springframework.security.access.AccessDeniedException("Only people have notifications");
        }
        return userId;
    }

    record Notice(long id, String subject, String body, String link, LocalDateTime createdAt, boolean unread) {
        /** Only paths inside the app are linked, never another site. */
        public String safeLink() {
            return link != null && link.startsWith("/") && !link.startsWith("//") ? link : null;
        }
    }
}
