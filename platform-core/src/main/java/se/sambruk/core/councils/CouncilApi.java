package se.sambruk.core.councils;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.councils.Councils.Council;
import se.sambruk.core.organisation.OrganisationType;
import se.sambruk.core.organisation.Organisations;

/**
 * Read-only REST for the councils (scope {@code councils.read}): a council's proposals and a
 * round's result. A client reads the councils of the services its organisation uses; Sambruk's
 * own clients read every council.
 */
@RestController
@Tag(name = "Councils", description = "Förvaltningsråden: utvecklingsförslag och omröstningar")
class CouncilApi {

    private final Councils councils;
    private final Organisations organisations;

    CouncilApi(Councils councils, Organisations organisations) {
        this.councils = councils;
        this.organisations = organisations;
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
