package se.sambruk.tillarbetslivet.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import se.sambruk.tillarbetslivet.placement.Attendance;
import se.sambruk.tillarbetslivet.placement.ScheduleText;

/** The attendance form's pairs of day and status (an empty status: not recorded); anything else is a 400. */
final class AttendanceInput {

    private AttendanceInput() {
    }

    static Map<LocalDate, Attendance> read(List<String> days, List<String> statuses) {
        if (days == null || statuses == null || days.size() != statuses.size() || days.size() > ScheduleText.MAX_DAYS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "day and status go in pairs");
        }
        Map<LocalDate, Attendance> attendance = new LinkedHashMap<>();
        for (int i = 0; i < days.size(); i++) {
            try {
                String status = statuses.get(i);
                attendance.put(LocalDate.parse(days.get(i)), status == null || status.isBlank() ? null : Attendance.valueOf(status));
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a day or an attendance");
            }
        }
        return attendance;
    }
}
