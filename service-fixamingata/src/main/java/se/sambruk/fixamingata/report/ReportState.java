package se.sambruk.fixamingata.report;

import java.util.Arrays;
import java.util.List;

/**
 * The states of a report, as FixMyStreet has them. Each belongs to a group the resident sees
 * (open, fixed, closed without a fix, hidden); message key {@code fmg.state.NAME} names the state
 * and {@code fmg.state.NAME.meaning} says in plain Swedish what it means for the resident.
 */
public enum ReportState {
    DRAFT(Group.UNPUBLISHED),
    UNCONFIRMED(Group.UNPUBLISHED),
    CONFIRMED(Group.OPEN),
    INVESTIGATING(Group.OPEN),
    IN_PROGRESS(Group.OPEN),
    PLANNED(Group.OPEN),
    ACTION_SCHEDULED(Group.OPEN),
    FIXED(Group.FIXED),
    FIXED_BY_MUNICIPALITY(Group.FIXED),
    FIXED_BY_USER(Group.FIXED),
    UNABLE_TO_FIX(Group.CLOSED),
    NOT_RESPONSIBLE(Group.CLOSED),
    DUPLICATE(Group.CLOSED),
    INTERNAL_REFERRAL(Group.CLOSED),
    CANCELLED(Group.CLOSED),
    HIDDEN(Group.HIDDEN);

    public enum Group { UNPUBLISHED, OPEN, FIXED, CLOSED, HIDDEN }

    private final Group group;

    ReportState(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    public boolean isOpen() {
        return group == Group.OPEN;
    }

    public boolean isPublic() {
        return group == Group.OPEN || group == Group.FIXED || group == Group.CLOSED;
    }

    /** Open311's two statuses. */
    public String open311Status() {
        return isOpen() ? "open" : "closed";
    }

    /** The states staff may set by hand. */
    public static List<ReportState> settableByStaff() {
        return Arrays.stream(values()).filter(state -> state.isPublic() && state != FIXED_BY_USER || state == HIDDEN).toList();
    }

    public static List<ReportState> inGroup(Group group) {
        return Arrays.stream(values()).filter(state -> state.group == group).toList();
    }

    public static ReportState parse(String name) {
        try {
            return name == null ? null : valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
