package se.sambruk.core.councils;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.Roles;
import se.sambruk.core.ServiceAccess;
import se.sambruk.core.catalogue.DigitalService;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.councils.VoteCounting.Choice;
import se.sambruk.core.councils.VoteCounting.Outcome;
import se.sambruk.core.councils.VoteCounting.Rule;
import se.sambruk.core.councils.VoteCounting.Weighting;
import se.sambruk.core.costsharing.CostSharing;
import se.sambruk.core.security.AppUser;
import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.subscription.Subscription;
import se.sambruk.core.subscription.Subscriptions;
import se.sambruk.core.web.NotFoundException;

/**
 * The steering councils (förvaltningsråd): one per service in the catalogue. Membership is
 * derived when asked, not stored: the members are the organisations whose own subscription to
 * the service is active today (a body that acts for municipalities is the member for them), and
 * their delegates are their users with the role {@link Roles#COUNCIL_DELEGATE}.
 */
@Service
@Transactional
public class Councils {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final ServiceCatalogue catalogue;
    private final Subscriptions subscriptions;
    private final Proposals proposals;
    private final VotingRounds rounds;
    private final ServiceAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final CouncilSettingsRepository settings;
    private final Comments comments;
    private final Delegates delegates;
    private final CostSharing costSharing;
    private final DecisionRecorder recorder;

    Councils(ServiceCatalogue catalogue, Subscriptions subscriptions, Proposals proposals, VotingRounds rounds,
             ServiceAccess access, AuditLog audit, Clock clock, CouncilSettingsRepository settings, Comments comments,
             Delegates delegates, CostSharing costSharing, DecisionRecorder recorder) {
        this.catalogue = catalogue;
        this.subscriptions = subscriptions;
        this.proposals = proposals;
        this.rounds = rounds;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.comments = comments;
        this.delegates = delegates;
        this.costSharing = costSharing;
        this.recorder = recorder;
    }

    /** A member organisation; {@code population} is what it represents: its own and the municipalities it acts for. */
    public record Member(long id, String name, long population) {
    }

    public record Council(DigitalService service, List<Member> members) {
        public int memberCount() {
            return members.size();
        }

        public boolean hasMember(long organisationId) {
            return members.stream().anyMatch(member -> member.id() == organisationId);
        }

        public Optional<Member> member(long organisationId) {
            return members.stream().filter(member -> member.id() == organisationId).findFirst();
        }
    }

    @Transactional(readOnly = true)
    public List<Council> all() {
        return catalogue.findAllByOrderByName().stream().map(this::council).toList();
    }

    @Transactional(readOnly = true)
    public Council council(String code) {
        return council(catalogue.lookup(code).orElseThrow(NotFoundException::new));
    }

    Council council(DigitalService service) {
        LocalDate today = LocalDate.now(clock.withZone(STOCKHOLM));
        Map<Long, Member> members = new LinkedHashMap<>();
        for (Subscription subscription : subscriptions.findByServiceCode(service.getCode())) {
            if (!subscription.isActiveOn(today)) {
                continue;
            }
            Organisation organisation = subscription.getOrganisation();
            long population = population(organisation);
            for (Organisation covered : subscription.getCovers()) {
                if (!covered.getId().equals(organisation.getId())) {
                    population += population(covered);
                }
            }
            Member earlier = members.get(organisation.getId());
            if (earlier == null || earlier.population() < population) {
                members.put(organisation.getId(), new Member(organisation.getId(), organisation.getName(), population));
            }
        }
        return new Council(service, members.values().stream().sorted(Comparator.comparing(Member::name)).toList());
    }

    private static long population(Organisation organisation) {
        return organisation.getPopulation() == null ? 0 : organisation.getPopulation();
    }

    /** Staff and every organisation that uses the service (also through a body acting for it) follow its council. */
    public boolean mayFollow(CurrentUser user, Council council) {
        return user.isStaff() || council.hasMember(user.organisationId())
                || access.mayUse(user.organisationId(), council.service().getCode());
    }

    /** The council of a service, if the user may follow it; otherwise refused (403). */
    @Transactional(readOnly = true)
    public Council follow(CurrentUser user, String code) {
        Council council = council(code);
        if (!mayFollow(user, council)) {
            refuse("council", council.service().getCode(), "not a member of the council");
        }
        return council;
    }

    @Transactional(readOnly = true)
    public List<Proposal> proposals(Council council) {
        return proposals.findByServiceIdOrderByCreatedAtDesc(council.service().getId());
    }

    @Transactional(readOnly = true)
    public Proposal proposal(Council council, String id) {
        return parseId(id).flatMap(proposals::findById)
                .filter(proposal -> proposal.getServiceId() == council.service().getId())
                .orElseThrow(NotFoundException::new);
    }

    /** The rounds of a proposal, newest first; those whose closing time has passed are closed first. */
    public List<VotingRound> rounds(Proposal proposal) {
        List<VotingRound> found = rounds.findByProposalIdOrderByOpensAtDesc(proposal.getId());
        Instant now = Instant.now(clock);
        found.forEach(round -> closeIfDue(round, now));
        return found;
    }

    /** All rounds of the council's proposals, newest first; those whose closing time has passed are closed first. */
    public List<VotingRound> rounds(Council council) {
        List<Long> ids = proposals(council).stream().map(Proposal::getId).toList();
        List<VotingRound> found = ids.isEmpty() ? List.of() : rounds.findByProposalIds(ids);
        Instant now = Instant.now(clock);
        found.forEach(round -> closeIfDue(round, now));
        return found;
    }

    /** The round with its result: a round whose closing time has passed is closed first. */
    public VotingRound round(Council council, String id) {
        VotingRound round = roundOf(council, parseId(id).orElse(-1L));
        closeIfDue(round, Instant.now(clock));
        return round;
    }

    private VotingRound roundOf(Council council, long id) {
        VotingRound round = rounds.findById(id).orElseThrow(NotFoundException::new);
        proposals.findById(round.getProposalId())
                .filter(proposal -> proposal.getServiceId() == council.service().getId())
                .orElseThrow(NotFoundException::new);
        return round;
    }

    Proposal proposalOf(Council council, long id) {
        return proposals.findById(id)
                .filter(proposal -> proposal.getServiceId() == council.service().getId())
                .orElseThrow(NotFoundException::new);
    }

    public Proposal propose(CurrentUser user, Council council, String title, String description, String benefit, long costOre) {
        requireMember(user, council);
        Proposal proposal = proposals.save(new Proposal(council.service().getId(), user.organisationId(), user.name(),
                title, description, benefit, costOre, Instant.now(clock)));
        audit.record(AuditAction.REGISTER_CHANGED, "council_proposal", proposal.getId(), user.organisationId(), "proposed");
        return proposal;
    }

    /** Support from the user's organisation; false when the organisation already supports it. */
    public boolean support(CurrentUser user, Council council, long proposalId) {
        requireMember(user, council);
        Proposal proposal = proposalOf(council, proposalId);
        Member member = council.member(user.organisationId()).orElseThrow();
        Instant now = Instant.now(clock);
        boolean added = proposal.support(member.id(), member.name(), user.name(), now);
        if (added) {
            audit.record(AuditAction.REGISTER_CHANGED, "council_proposal", proposal.getId(), user.organisationId(), "supported");
            CouncilSettings own = settings(council);
            if (own.thresholdReached(proposal.getSupportCount())) {
                sendToVote(proposal, own, now);
            }
        }
        return added;
    }

    /**
     * The support threshold is reached: the proposal goes up for a vote by itself, in a round that
     * opens now with the council's rule and closes after its round length.
     */
    private void sendToVote(Proposal proposal, CouncilSettings own, Instant now) {
        String by = "stödtröskel (" + own.getSupportThreshold() + ")";
        if (proposal.getState() == ProposalState.NEW) {
            proposal.moveTo(ProposalState.PREPARATION, by, now);
        }
        if (proposal.getState() != ProposalState.PREPARATION) {
            return;
        }
        Instant closes = now.plus(own.getRoundDays(), ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        VotingRound round = rounds.save(new VotingRound(proposal.getId(), now, closes, own.rule(), by));
        proposal.moveTo(ProposalState.VOTING, by, now);
        audit.record(AuditAction.REGISTER_CHANGED, "council_round", round.getId(), null, "opened at the support threshold");
    }

    /** The council's settings, or the defaults when none are saved. */
    @Transactional(readOnly = true)
    public CouncilSettings settings(Council council) {
        return settings.findById(council.service().getId()).orElseGet(() -> new CouncilSettings(council.service().getId()));
    }

    /** Staff set the council's support threshold, the rule of the rounds the threshold opens, and the chair. */
    public CouncilSettings changeSettings(CurrentUser user, Council council, Integer supportThreshold, int roundDays, Rule rule,
                                          Long chairUserId) {
        requireStaff(user);
        if (chairUserId != null && chairCandidates(council).stream().noneMatch(candidate -> candidate.getId().equals(chairUserId))) {
            throw new IllegalArgumentException("council.chair.invalid");
        }
        CouncilSettings own = settings.findById(council.service().getId()).orElseGet(() -> new CouncilSettings(council.service().getId()));
        own.change(supportThreshold, roundDays, rule, chairUserId);
        audit.record(AuditAction.REGISTER_CHANGED, "council_settings", council.service().getId(), null, "settings changed");
        return settings.save(own);
    }

    /** Who may be named chair: the delegates of the member organisations. */
    @Transactional(readOnly = true)
    public List<AppUser> chairCandidates(Council council) {
        List<Long> ids = council.members().stream().map(Member::id).toList();
        return ids.isEmpty() ? List.of() : delegates.findDelegates(ids);
    }

    /** The delegates of the member organisations, to notify. */
    @Transactional(readOnly = true)
    public List<AppUser> delegates(Council council) {
        return chairCandidates(council);
    }

    /** Staff, and the delegate the council named chair while the delegate's organisation is a member. */
    public boolean mayChair(CurrentUser user, Council council) {
        if (user.isStaff()) {
            return true;
        }
        Long chair = settings(council).getChairUserId();
        return chair != null && chair.equals(user.userId()) && user.hasRole(Roles.COUNCIL_DELEGATE)
                && council.hasMember(user.organisationId());
    }

    void requireChair(CurrentUser user, Council council) {
        if (!mayChair(user, council)) {
            refuse("council", council.service().getCode(), "staff or the council's chair only");
        }
    }

    @Transactional(readOnly = true)
    public List<Comment> comments(Proposal proposal) {
        return comments.findByProposalIdOrderByCreatedAtAscIdAsc(proposal.getId());
    }

    /** A user of a member organisation (or the chair, or staff) comments on a proposal. */
    public Comment comment(CurrentUser user, Council council, long proposalId, String text) {
        if (!isMember(user, council) && !mayChair(user, council)) {
            refuse("council", council.service().getCode(), "not a member organisation");
        }
        Proposal proposal = proposalOf(council, proposalId);
        if (text == null || text.isBlank() || text.strip().length() > 4000) {
            throw new IllegalArgumentException("comment.text.invalid");
        }
        Comment comment = comments.save(new Comment(proposal.getId(), user.organisationId(), user.name(), text.strip(), Instant.now(clock)));
        audit.record(AuditAction.REGISTER_CHANGED, "council_comment", comment.getId(), user.organisationId(), "commented");
        return comment;
    }

    /** Staff or the chair move a proposal by hand; a voting round alone moves it into and out of voting. */
    public void move(CurrentUser user, Council council, long proposalId, ProposalState target) {
        requireChair(user, council);
        Proposal proposal = proposalOf(council, proposalId);
        if (target == null || !proposal.getState().manualNext().contains(target)) {
            throw new IllegalStateException("proposal.transition.invalid");
        }
        proposal.moveTo(target, user.name(), Instant.now(clock));
        audit.record(AuditAction.REGISTER_CHANGED, "council_proposal", proposal.getId(), null, "state " + target);
    }

    /** Staff or the chair open a decision round on a proposal under preparation; the proposal goes up for vote. */
    public VotingRound openRound(CurrentUser user, Council council, long proposalId, Instant opensAt, Instant closesAt, Rule rule) {
        requireChair(user, council);
        Proposal proposal = proposalOf(council, proposalId);
        if (proposal.getState() != ProposalState.PREPARATION) {
            throw new IllegalStateException("round.proposal.notReady");
        }
        VotingRound round = rounds.save(new VotingRound(proposal.getId(), opensAt, closesAt, rule, user.name()));
        proposal.moveTo(ProposalState.VOTING, user.name(), Instant.now(clock));
        audit.record(AuditAction.REGISTER_CHANGED, "council_round", round.getId(), null, "opened");
        return round;
    }

    /** A delegate of a member organisation votes for the organisation; a later vote replaces the earlier one. */
    public void vote(CurrentUser user, Council council, long roundId, Choice choice) {
        vote(user, council, roundId, choice, null);
    }

    /**
     * A delegate (or the organisation's machine client with the scope councils.write) votes for its
     * organisation, or, with {@code forOrganisationId}, for an organisation that gave it its vote by
     * proxy in this round. A later vote for the same organisation replaces the earlier one.
     */
    public void vote(CurrentUser user, Council council, long roundId, Choice choice, Long forOrganisationId) {
        VotingRound round = roundOf(council, roundId);
        requireVoter(user, council, "council_round", round.getId());
        Member own = council.member(user.organisationId()).orElseThrow();
        Instant now = Instant.now(clock);
        if (forOrganisationId == null || forOrganisationId == own.id()) {
            round.vote(own.id(), own.name(), choice, weight(round, council, own), user.name(), now);
        } else {
            Member giver = council.member(forOrganisationId).orElseThrow(() -> new IllegalStateException("round.proxy.none"));
            round.voteByProxy(own.id(), giver.id(), giver.name(), choice, weight(round, council, giver),
                    user.name() + " (" + own.name() + ")", now);
        }
        audit.record(AuditAction.REGISTER_CHANGED, "council_round", round.getId(), user.organisationId(), "voted");
    }

    /** A delegate gives the organisation's vote in one round to another member organisation. */
    public void giveProxy(CurrentUser user, Council council, long roundId, long toOrganisationId) {
        VotingRound round = roundOf(council, roundId);
        requireVoter(user, council, "council_round", round.getId());
        if (!council.hasMember(toOrganisationId)) {
            throw new IllegalArgumentException("round.proxy.notMember");
        }
        round.giveProxy(user.organisationId(), toOrganisationId, user.name(), Instant.now(clock));
        audit.record(AuditAction.REGISTER_CHANGED, "council_round", round.getId(), user.organisationId(), "proxy to " + toOrganisationId);
    }

    public void withdrawProxy(CurrentUser user, Council council, long roundId) {
        VotingRound round = roundOf(council, roundId);
        requireVoter(user, council, "council_round", round.getId());
        round.withdrawProxy(user.organisationId());
        audit.record(AuditAction.REGISTER_CHANGED, "council_round", round.getId(), user.organisationId(), "proxy withdrawn");
    }

    /** Delegates of member organisations vote, and machine clients of member organisations with the scope councils.write. */
    public boolean mayVote(CurrentUser user, Council council) {
        boolean machine = user.userId() == null && user.authorities().contains("SCOPE_councils.write");
        return !user.isStaff() && council.hasMember(user.organisationId()) && (user.hasRole(Roles.COUNCIL_DELEGATE) || machine);
    }

    void requireVoter(CurrentUser user, Council council, String type, Object id) {
        if (!mayVote(user, council)) {
            refuse(type, id, "only a member organisation's delegate votes");
        }
    }

    /** The weight of a member's vote under the round's weighting: its population, or its cost share of the round's year. */
    private long weight(VotingRound round, Council council, Member member) {
        if (round.getWeighting() == Weighting.COST_SHARE) {
            int year = round.getOpensAt().atZone(STOCKHOLM).getYear();
            return Math.max(1, costSharing.calculate(council.service(), year).amountOf(member.id()));
        }
        return Math.max(1, member.population());
    }

    /**
     * Closes a round if its closing time has passed at {@code now}: counts the votes against the
     * members of the council at that moment, keeps the result and moves the proposal to decided or
     * rejected. Safe to call again: a closed round stays as it is. The scheduled job and every view of
     * the round call it.
     */
    public boolean close(long roundId, Instant now) {
        return rounds.findById(roundId).map(round -> closeIfDue(round, now)).orElse(false);
    }

    private boolean closeIfDue(VotingRound round, Instant now) {
        if (!round.isDue(now)) {
            return false;
        }
        Proposal proposal = proposals.findById(round.getProposalId()).orElseThrow();
        DigitalService service = catalogue.findById(proposal.getServiceId()).orElseThrow();
        if (!round.close(now, council(service).memberCount())) {
            return false;
        }
        if (proposal.getState() == ProposalState.VOTING) {
            proposal.moveTo(round.getOutcome() == Outcome.ADOPTED ? ProposalState.DECIDED : ProposalState.REJECTED,
                    "omröstning " + round.getId(), now);
        }
        recorder.recordRound(service.getId(), round, proposal);
        return true;
    }

    /** Closes every round that is due; the scheduled job calls it. */
    public int closeDue(Instant now) {
        int closed = 0;
        for (Long id : rounds.findDue(now)) {
            if (close(id, now)) {
                closed++;
            }
        }
        return closed;
    }

    public boolean isMember(CurrentUser user, Council council) {
        return !user.isStaff() && council.hasMember(user.organisationId());
    }

    private void requireMember(CurrentUser user, Council council) {
        if (!isMember(user, council)) {
            refuse("council", council.service().getCode(), "not a member organisation");
        }
    }

    void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            refuse("council", null, "staff only");
        }
    }

    void refuse(String type, Object id, String why) {
        audit.record(AuditAction.ACCESS_DENIED, type, id, null, why);
        throw new AccessDeniedException(why);
    }

    static Optional<Long> parseId(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
