package se.sambruk.core.councils;

import java.util.EnumSet;
import java.util.Set;

/** Where a proposal stands, and where it may go next. */
public enum ProposalState {
    NEW, PREPARATION, VOTING, DECIDED, REJECTED, IN_DEVELOPMENT, DELIVERED;

    public EnumSet<ProposalState> next() {
        return switch (this) {
            case NEW -> EnumSet.of(PREPARATION, REJECTED);
            case PREPARATION -> EnumSet.of(VOTING, REJECTED);
            case VOTING -> EnumSet.of(DECIDED, REJECTED);
            case DECIDED -> EnumSet.of(IN_DEVELOPMENT);
            case IN_DEVELOPMENT -> EnumSet.of(DELIVERED);
            case REJECTED, DELIVERED -> EnumSet.noneOf(ProposalState.class);
        };
    }

    /** The moves staff make by hand: into and out of VOTING only a voting round moves a proposal. */
    public Set<ProposalState> manualNext() {
        if (this == VOTING) {
            return EnumSet.noneOf(ProposalState.class);
        }
        EnumSet<ProposalState> next = next();
        next.remove(VOTING);
        return next;
    }
}
