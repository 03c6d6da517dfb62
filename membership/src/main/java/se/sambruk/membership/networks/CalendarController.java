package se.sambruk.membership.networks;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;

/** The association's webinars and seminars as an iCalendar feed (RFC 5545) that calendar programs subscribe to. */
@Controller
class CalendarController {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Events events;

    CalendarController(Events events) {
        this.events = events;
    }

    @GetMapping("/membership/events.ics")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> feed() {
        StringBuilder ical = new StringBuilder();
        line(ical, "BEGIN:VCALENDAR");
        line(ical, "VERSION:2.0");
        line(ical, "PRODID:-//Sambruk//Sambruk Platform//SV");
        line(ical, "CALSCALE:GREGORIAN");
        line(ical, "X-WR-CALNAME:Sambruk");
        for (Event event : events.findAllByOrderByStartsAtDesc()) {
            line(ical, "BEGIN:VEVENT");
            line(ical, "UID:event-" + event.getId() + "@sambruk.se");
            line(ical, "DTSTAMP:" + UTC.format(event.getCreatedAt()));
            line(ical, "DTSTART:" + UTC.format(event.getStartsAt()));
            line(ical, "DTEND:" + UTC.format(event.getEndsAt()));
            line(ical, "SUMMARY:" + text(event.getTitle()));
            if (event.getDescription() != null) {
                line(ical, "DESCRIPTION:" + text(event.getDescription()));
            }
            if (event.getLocation() != null) {
                line(ical, "LOCATION:" + text(event.getLocation()));
            }
            line(ical, "CATEGORIES:" + event.getKind().name());
            line(ical, "END:VEVENT");
        }
        line(ical, "END:VCALENDAR");
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .body(ical.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "");
    }

    /** Lines longer than 75 octets are folded: CRLF and a space. */
    static void line(StringBuilder ical, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            ical.append(content).append("\r\n");
            return;
        }
        int octets = 0;
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ical.append(folded).append("\r\n");
    }
}
