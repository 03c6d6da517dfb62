package se.sambruk.tillarbetslivet.allocation;

/**
 * The rules a municipality can allocate by. Each is a named class of its own; this enum is what a
 * coordinator picks and what is stored with the result.
 */
public enum AllocationRule {
    /**
     * Student-proposing deferred acceptance (Gale-Shapley) with the lottery as every place's order:
     * ranking one's true preferences is always best, and no pupil and place would both rather have
     * each other than what they got. The recommended rule.
     */
    DEFERRED_ACCEPTANCE,
    /**
     * By rank with a lottery for ties: round 1 gives everyone their first choice where it has room
     * (the lottery decides where it has too little), round 2 the second choice among seats left, and
     * so on. Common, but a pupil can gain by not ranking truthfully.
     */
    RANK_WITH_LOTTERY,
    /**
     * Pupils who made enough choices are served first, in lottery order, then the others; each takes
     * their best choice that still has a seat.
     */
    ENOUGH_CHOICES_FIRST;

    /** Runs the rule. {@code enoughChoices} is only used by {@link #ENOUGH_CHOICES_FIRST}. */
    public Allocation allocate(AllocationProblem problem, int enoughChoices) {
        return switch (this) {
            case DEFERRED_ACCEPTANCE -> new DeferredAcceptance().allocate(problem);
            case RANK_WITH_LOTTERY -> new RankWithLottery().allocate(problem);
            case ENOUGH_CHOICES_FIRST -> new EnoughChoicesFirst(enoughChoices).allocate(problem);
        };
    }
}
