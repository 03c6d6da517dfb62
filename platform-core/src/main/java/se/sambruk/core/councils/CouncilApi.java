package se.sambruk.core.councils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.councils.Councils.Council;
import se.sambruk.core.organisation.OrganisationType;
import se.sambruk.core.organisation.Organisations;

/**
 * REST for the councils. Reading (scope {@code councils.read}): proposals, a round's result, the
 * decisions, the meetings and their minutes; a client reads the councils of the services its
 * organisation uses, Sambruk's own clients read every council. Writing (scope
 * {@code councils.write}): a member organisation's machine client proposes, supports and votes for
 * its organisation, as its delegates do in the browser. Bad input is a 400 problem with field
 * errors ({@link CouncilApiErrors}).
 */
@RestController
@Tag(name = "Councils", description = "Förvaltningsråden: utvecklingsförslag och omröstningar")
class CouncilApi {

    private final Councils councils;
    private final CouncilMeetings meetings;
    private final PriorityVoting priorities;
    private final Organisations organisations;

    CouncilApi(Councils councils, CouncilMeetings meetings, PriorityVoting priorities, Organisations organisations) {
        this.councils = councils;
        this.meetings = meetings;
        this.priorities = priorities;
        this.organisations = organisations;
    }

    /** Where a decision stands in the minutes; null while no minutes hold it. */
    record MinutesRef(long meetingId, int paragraph, boolean approved) {
    }

    /** A decision: a closed voting round on a proposal, or a closed prioritisation round. */
    record DecisionSummary(String kind, long roundId, Long proposalId, String title, String outcome, Instant decidedAt,
                           String proposalState, MinutesRef minutes) {
    }

    record MeetingSummary(long id, String title, Instant heldAt, String place, boolean approved, Instant approvedAt) {
    }

    record AgendaItem(int number, String title, Long proposalId) {
    }

    record Attendance(long organisationId, String organisation, String representedBy) {
    }

    record Paragraph(int paragraph, String text, Long proposalId, Long roundId, Long priorityRoundId) {
    }

    record Minutes(long id, String title, Instant heldAt, String place, boolean approved, Instant approvedAt, String approvedBy,
                   List<AgendaItem> agenda, List<Attendance> attendance, List<Paragraph> decisions) {
    }

    /** A new proposal; the estimated cost in öre. */
    record NewProposal(String title, String description, String expectedBenefit, Long estimatedCostOre) {
    }

    record SupportResult(long proposalId, boolean added, int supportingOrganisations, String state) {
    }

    /** A vote for the client's organisation, or with {@code forOrganisationId} for the organisation that gave it a proxy. */
    record NewVote(String choice, Long forOrganisationId) {
    }

    record VoteReceipt(long roundId, long organisationId, String choice) {
    }

    record ProposalSummary(long id, String title, String state, String proposedBy, Instant createdAt,
                           long estimatedCostOre, int supportingOrganisations) {
    }

    record VoteSummary(long organisationId, String organisation, String choice, long weight, Instant castAt) {
    }

    record RoundResult(long id, long proposalId, Instant opensAt, Instant closesAt, String majority, int quorumPercent,
                       String weighting, boolean closed, Instant closedAt, String outcome, Integer memberCount,
                       Integer votedCount, Long yes, Long no, Long abstain, List<VoteSummary> votes) {
    }

    @GetMapping("/api/v1/councils/{code}/proposals")
    @Operation(operationId = "listCouncilProposals", summary = "The proposals to a service's steering council",
            security = @SecurityRequirement(name = "oauth2", scopes = "councils.read"))
    List<ProposalSummary> proposals(@PathVariable String code) {
        Council council = followed(code);
        return councils.proposals(council).stream()
                .map(proposal -> new ProposalSummary(proposal.getId(), proposal.getTitle(), proposal.getState().name(),
                        proposal.getProposedBy(), proposal.getCreatedAt(), proposal.getEstimatedCostOre(), proposal.getSupportCount()))
                .toList();
    }

    /** A round and, once it has closed, its result with how each organisation voted; votes stay hidden while it is open. */
    @GetMapping("/api/v1/councils/{code}/rounds/{roundId}")
    @Operation(operationId = "getCouncilRound", summary = "A voting round and, once closed, its result",
            security = @SecurityRequirement(name = "oauth2", scopes = "councils.read"))
    RoundResult round(@PathVariable String code, @PathVariable String roundId) {
        Council council = followed(code);
        VotingRound round = councils.round(council, roundId);
        List<VoteSummary> votes = round.isClosed()
                ? round.getVotes().stream().map(vote -> new VoteSummary(vote.getOrganisationId(), vote.getOrganisationName(),
                        vote.getChoice().name(), vote.getWeight(), vote.getCastAt())).toList()
                : List.of();
        return new RoundResult(round.getId(), round.getProposalId(), round.getOpensAt(), round.getClosesAt(),
                round.getMajority().name(), round.getQuorumPercent(), round.getWeighting().name(), round.isClosed(),
                round.getClosedAt(), round.getOutcome() == null ? null : round.getOutcome().name(), round.getMemberCount(),
                round.getVotedCount(), round.getYesWeight(), round.getNoWeight(), round.getAbstainWeight(), votes);
    }

    @GetMapping("/api/v1/councils/{code}/decisions")
    @Operation(operationId = "listCouncilDecisions", summary = "The council's decisions: closed votes and prioritisations, with their place in the minutes",
            security = @SecurityRequirement(name = "oauth2", scopes = "councils.read"))
    List<DecisionSummary> decisions(@PathVariable String code) {
        Council council = followed(code);
        Map<String, MinutesRef> where = new HashMap<>();
        for (Meeting meeting : meetings.meetings(council)) {
            for (Meeting.Paragraph paragraph : meeting.getParagraphs()) {
                MinutesRef ref = new MinutesRef(meeting.getId(), paragraph.number(), meeting.isApproved());
                if (paragraph.getRoundId() != null) {
                    where.put("VOTE-" + paragraph.getRoundId(), ref);
                }
                if (paragraph.getPriorityRoundId() != null) {
                    where.put("PRIORITISATION-" + paragraph.getPriorityRoundId(), ref);
                }
            }
        }
        Map<Long, Proposal> proposals = new HashMap<>();
        councils.proposals(council).forEach(proposal -> proposals.put(proposal.getId(), proposal));
        List<DecisionSummary> decisions = new ArrayList<>();
        for (VotingRound round : councils.rounds(council)) {
            if (round.isClosed()) {
                Proposal proposal = proposals.get(round.getProposalId());
                decisions.add(new DecisionSummary("VOTE", round.getId(), proposal.getId(), proposal.getTitle(), round.getOutcome().name(),
                        round.getClosedAt(), proposal.getState().name(), where.get("VOTE-" + round.getId())));
            }
        }
        for (PriorityRound round : priorities.rounds(council)) {
            if (round.isClosed()) {
                decisions.add(new DecisionSummary("PRIORITISATION", round.getId(), null, "Prioritering " + round.getYear(), null,
                        round.getClosedAt(), null, where.get("PRIORITISATION-" + round.getId())));
            }
        }
        decisions.sort(java.util.Comparator.comparing(DecisionSummary::decidedAt).reversed());
        return decisions;
    }

    @GetMapping("/api/v1/councils/{code}/meetings")
    @Operation(operationId = "listCouncilMeetings", summary = "The council's meetings, newest first",
            security = @SecurityRequirement(name = "oauth2", scopes = "councils.read"))
    List<MeetingSummary> meetings(@PathVariable String code) {
        Council council = followed(code);
        return meetings.meetings(council).stream().map(meeting -> new MeetingSummary(meeting.getId(), meeting.getTitle(),
                meeting.getHeldAt(), meeting.getPlace(), meeting.isApproved(), meeting.getApprovedAt())).toList();
    }

    @GetMapping("/api/v1/councils/{code}/meetings/{meetingId}")
    @Operation(operationId = "getCouncilMinutes", summary = "A meeting's minutes: agenda, attendance and numbered decisions",
            security = @SecurityRequirement(name = "oauth2", scopes = "councils.read"))
    Minutes minutes(@PathVariable String code, @PathVariable String meetingId) {
        Council council = followed(code);
        Meeting meeting = meetings.meeting(council, meetingId);
        List<AgendaItem> agenda = new ArrayList<>();
        for (Meeting.AgendaItem item : meeting.getAgenda()) {
            agenda.add(new AgendaItem(agenda.size() + 1, item.getTitle(), item.getProposalId()));
        }
        return new Minutes(meeting.getId(), meeting.getTitle(), meeting.getHeldAt(), meeting.getPlace(), meeting.isApproved(),
                meeting.getApprovedAt(), meeting.getApprovedBy(), agenda,
                meeting.getAttendance().stream().map(present -> new Attendance(present.getOrganisationId(), present.getOrganisationName(),
                        present.getRepresentedBy())).toList(),
                meeting.getParagraphs().stream().map(paragraph -> new Paragraph(paragraph.number(), paragraph.getText(),
                        paragraph.getProposalId(), paragraph.getRoundId(), paragraph.getPriorityRoundId())).toList());
    }

    @PostMapping("/api/v1/councils/{code}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createCouncilProposal", summary = "Propose a development for the client's organisation",
            security = @SecurityRequirement(name = "oauth2", scopes = "councils.write"))
    ProposalSummary propose(@PathVariable String code, @RequestBody(required = false) NewProposal body) {
        CurrentUser client = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("no organisation"));
        Council council = councils.council(code);
        CouncilApiErrors.Invalid invalid = new CouncilApiErrors.Invalid();
        NewProposal proposal = body == null ? new NewProposal(null, null, null, null) : body;
        String title = invalid.text("title", proposal.title(), 200);
        String description = invalid.text("description", proposal.description(), 4000);
        String benefit = invalid.text("expectedBenefit", proposal.expectedBenefit(), 4000);
        if (proposal.estimatedCostOre() == null || proposal.estimatedCostOre() < 0) {
            invalid.add("estimatedCostOre", "must be a whole number of öre, 0 or more");
        }
        invalid.throwIfAny();
        Proposal made = councils.propose(client, council, title, description, benefit, proposal.estimatedCostOre());
        return new ProposalSummary(made.getId(), made.getTitle(), made.getState().name(), made.getProposedBy(), made.getCreatedAt(),
                made.getEstimatedCostOre(), made.getSupportCount());
    }

    @PostMapping("/api/v1/councils/{code}/proposals/{proposalId}/support")
    @Operation(operationId = "supportCouncilProposal", summary = "Support a proposal for the client's organisation (once per organisation)",
            security = @SecurityRequirement(name = "oauth2", scopes = "councils.write"))
    SupportResult support(@PathVariable String code, @PathVariable String proposalId) {
        CurrentUser client = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("no organisation"));
        Council council = councils.council(code);
        long id = Councils.parseId(proposalId).orElseThrow(() -> CouncilApiErrors.Invalid.of("proposalId", "must be a whole number"));
        Proposal proposal = councils.proposal(council, String.valueOf(id));
        boolean added = councils.support(client, council, proposal.getId());
        Proposal now = councils.proposal(council, String.valueOf(id));
        return new SupportResult(now.getId(), added, now.getSupportCount(), now.getState().name());
    }

    @PostMapping("/api/v1/councils/{code}/rounds/{roundId}/votes")
    @Operation(operationId = "voteInCouncilRound", summary = "Vote YES, NO or ABSTAIN for the client's organisation; a later vote replaces the earlier",
            security = @SecurityRequirement(name = "oauth2", scopes = "councils.write"))
    VoteReceipt vote(@PathVariable String code, @PathVariable String roundId, @RequestBody(required = false) NewVote body) {
        CurrentUser client = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("no organisation"));
        Council council = councils.council(code);
        long id = Councils.parseId(roundId).orElseThrow(() -> CouncilApiErrors.Invalid.of("roundId", "must be a whole number"));
        VoteCounting.Choice choice = CouncilController.parse(VoteCounting.Choice.class, body == null ? null : body.choice());
        if (choice == null) {
            throw CouncilApiErrors.Invalid.of("choice", "must be one of YES, NO, ABSTAIN");
        }
        VotingRound round = councils.round(council, String.valueOf(id));
        Long forOrganisation = body.forOrganisationId();
        councils.vote(client, council, round.getId(), choice, forOrganisation);
        return new VoteReceipt(round.getId(), forOrganisation == null ? client.organisationId() : forOrganisation, choice.name());
    }

    private Council followed(String code) {
        CurrentUser client = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("no organisation"));
        Council council = councils.council(code);
        boolean association = organisations.findById(client.organisationId())
                .map(organisation -> organisation.getType() == OrganisationType.ASSOCIATION).orElse(false);
        if (!association && !councils.mayFollow(client, council)) {
            throw new AccessDeniedException("the client's organisation does not use " + council.service().getCode());
        }
        return council;
    }
}
