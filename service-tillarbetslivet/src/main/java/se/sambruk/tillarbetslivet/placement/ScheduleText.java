package se.sambruk.tillarbetslivet.placement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.sambruk.tillarbetslivet.timerules.WorkDay;

/**
 * A schedule as the coordinator types it: one day a line, {@code 2027-03-08 08:00–15:00} (a hyphen
 * or an en dash, and {@code 8.00} for {@code 08:00}, are accepted too). Blank lines are ignored.
 * A line that cannot be read is an error naming the line; nothing is stored unless every line reads.
 */
public final class ScheduleText {

    public static final int MAX_DAYS = 120;
    private static final Pattern LINE = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{1,2})[:.](\\d{2})\\s*[-–—]\\s*(\\d{1,2})[:.](\\d{2})$");

    /** The days read, sorted by date, or the errors (one per bad line). */
    public record Parsed(List<WorkDay> days, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private ScheduleText() {
    }

    public static Parsed parse(String text) {
        List<WorkDay> days = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                errors.add("Rad " + number + ": skriv dagen som 2027-03-08 08:00–15:00.");
                continue;
            }
            try {
                LocalDate date = LocalDate.parse(m.group(1));
                LocalTime start = LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                LocalTime end = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                if (!end.isAfter(start)) {
                    errors.add("Rad " + number + ": dagen måste sluta efter att den börjar.");
                    continue;
                }
                days.add(new WorkDay(date, start, end));
            } catch (java.time.DateTimeException e) {
                errors.add("Rad " + number + ": datumet eller tiden finns inte.");
            }
        }
        if (days.isEmpty() && errors.isEmpty()) {
            errors.add("Skriv minst en dag.");
        }
        if (days.size() > MAX_DAYS) {
            errors.add("Schemat har " + days.size() + " dagar; högst " + MAX_DAYS + " går att spara.");
        }
        days.sort(Comparator.comparing(WorkDay::date));
        return new Parsed(days, errors);
    }

    public static String format(List<WorkDay> days) {
        StringBuilder text = new StringBuilder();
        for (WorkDay day : days) {
            text.append(day.date()).append(' ').append(day.start()).append('–').append(day.end()).append('\n');
        }
        return text.toString();
    }

    /** A first suggestion: the weekdays from {@code from} to {@code to}, 08:00–15:00, at most {@code maxDays}. */
    public static List<WorkDay> suggest(LocalDate from, LocalDate to, int maxDays) {
        List<WorkDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to) && days.size() < maxDays; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(new WorkDay(day, LocalTime.of(8, 0), LocalTime.of(15, 0)));
            }
        }
        return days;
    }
}
