package se.sambruk.provisum.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import se.sambruk.provisum.rules.Deadlines.Action;

/**
 * Which notice a case's deadline calls for today, given what was already sent: each kind once,
 * never twice; and a föreläggande med vite (FB 16 kap. 13 §) only after a reminder sent at least
 * {@link #INJUNCTION_AFTER_REMINDER_DAYS} days before, so a guardian is never enjoined without
 * having been reminded (when the job did not run on the reminder days, the reminder goes first).
 */
public final class NoticeRule {

    public static final int INJUNCTION_AFTER_REMINDER_DAYS = 7;

    private NoticeRule() {
    }

    /** @param sent the kinds already sent, with the day each was sent */
    public static Optional<Action> toSend(LocalDate due, LocalDate today, Map<Action, LocalDate> sent) {
        Action action = Deadlines.actionOn(due, today);
        if (action == Action.NONE || sent.containsKey(action)) {
            return Optional.empty();
        }
        if (action == Action.INJUNCTION) {
            Optional<LocalDate> reminded = sent.entrySet().stream()
                    .filter(e -> e.getKey() == Action.REMINDER || e.getKey() == Action.OVERDUE_REMINDER)
                    .map(Map.Entry::getValue).max(LocalDate::compareTo);
            if (reminded.isEmpty()) {
                return sent.containsKey(Action.OVERDUE_REMINDER) ? Optional.empty() : Optional.of(Action.OVERDUE_REMINDER);
            }
            if (reminded.get().plusDays(INJUNCTION_AFTER_REMINDER_DAYS).isAfter(today)) {
                return Optional.empty();
            }
        }
        return Optional.of(action);
    }
}
