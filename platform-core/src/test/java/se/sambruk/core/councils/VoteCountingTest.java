package se.sambruk.core.councils;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.sambruk.core.councils.VoteCounting.Ballot;
import se.sambruk.core.councils.VoteCounting.Choice;
import se.sambruk.core.councils.VoteCounting.Majority;
import se.sambruk.core.councils.VoteCounting.Outcome;
import se.sambruk.core.councils.VoteCounting.Result;
import se.sambruk.core.councils.VoteCounting.Rule;
import se.sambruk.core.councils.VoteCounting.Weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoteCountingTest {

    private static final Rule SIMPLE = new Rule(Majority.SIMPLE, 50, Weighting.ONE_PER_ORGANISATION);

    private static Ballot yes(long org) { return new Ballot(org, Choice.YES, 1000 * org); }
    private static Ballot no(long org) { return new Ballot(org, Choice.NO, 1000 * org); }
    private static Ballot abstain(long org) { return new Ballot(org, Choice.ABSTAIN, 1000 * org); }

    @Test
    void simpleMajorityNeedsMoreYesThanNo() {
        Result result = VoteCounting.count(SIMPLE, 5, List.of(yes(1), yes(2), no(3)));
        assertThat(result).isEqualTo(new Result(Outcome.ADOPTED, 5, 3, 2, 1, 0));
    }

    @Test
    void aTieRejects() {
        assertThat(VoteCounting.count(SIMPLE, 4, List.of(yes(1), no(2))).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void abstentionsCountForQuorumButNotForTheMajority() {
        Result result = VoteCounting.count(SIMPLE, 4, List.of(yes(1), abstain(2)));
        assertThat(result.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(result.abstain()).isEqualTo(1);
        assertThat(VoteCounting.count(SIMPLE, 4, List.of(abstain(1), abstain(2))).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void qualifiedMajorityNeedsItsShare() {
        Rule twoThirds = new Rule(Majority.TWO_THIRDS, 0, Weighting.ONE_PER_ORGANISATION);
        assertThat(VoteCounting.count(twoThirds, 5, List.of(yes(1), yes(2), no(3))).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(VoteCounting.count(twoThirds, 5, List.of(yes(1), yes(2), no(3), no(4))).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(VoteCounting.count(twoThirds, 5, List.of(yes(1), yes(2), yes(3), no(4), no(5))).outcome()).isEqualTo(Outcome.REJECTED);
        Rule threeQuarters = new Rule(Majority.THREE_QUARTERS, 0, Weighting.ONE_PER_ORGANISATION);
        assertThat(VoteCounting.count(threeQuarters, 5, List.of(yes(1), yes(2), yes(3), no(4))).outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void quorumIsAShareOfTheMemberOrganisations() {
        Rule quorum60 = new Rule(Majority.SIMPLE, 60, Weighting.ONE_PER_ORGANISATION);
        assertThat(VoteCounting.count(quorum60, 5, List.of(yes(1), yes(2))).outcome()).isEqualTo(Outcome.NO_QUORUM);
        assertThat(VoteCounting.count(quorum60, 5, List.of(yes(1), yes(2), abstain(3))).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(VoteCounting.count(SIMPLE, 0, List.of()).outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void populationWeightingLetsTheLargerMunicipalityCarry() {
        Rule weighted = new Rule(Majority.SIMPLE, 0, Weighting.POPULATION);
        List<Ballot> ballots = List.of(new Ballot(1, Choice.YES, 90_000), new Ballot(2, Choice.NO, 10_000), new Ballot(3, Choice.NO, 20_000));
        Result result = VoteCounting.count(weighted, 3, ballots);
        assertThat(result).isEqualTo(new Result(Outcome.ADOPTED, 3, 3, 90_000, 30_000, 0));
        assertThat(VoteCounting.count(SIMPLE, 3, ballots).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aRuleRefusesNonsense() {
        assertThatThrownBy(() -> new Rule(Majority.SIMPLE, 101, Weighting.POPULATION)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rule(null, 50, Weighting.POPULATION)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProposalMovesOnlyAlongTheAllowedStates() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        Proposal proposal = new Proposal(1, 2, "ale", "Titel", "Beskrivning", "Nytta", 100_00, now);
        assertThatThrownBy(() -> proposal.moveTo(ProposalState.DELIVERED, "admin", now)).isInstanceOf(IllegalStateException.class);
        proposal.moveTo(ProposalState.PREPARATION, "admin", now);
        proposal.moveTo(ProposalState.VOTING, "admin", now);
        proposal.moveTo(ProposalState.DECIDED, "omröstning 1", now);
        assertThat(proposal.getHistory()).extracting(Proposal.Change::getToState)
                .containsExactly(ProposalState.NEW, ProposalState.PREPARATION, ProposalState.VOTING, ProposalState.DECIDED);
        assertThat(ProposalState.VOTING.manualNext()).isEmpty();
        assertThat(ProposalState.PREPARATION.manualNext()).containsExactly(ProposalState.REJECTED);
    }

    @Test
    void oneSupportPerOrganisationAndALaterVoteReplacesTheEarlier() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        Proposal proposal = new Proposal(1, 2, "ale", "Titel", "Beskrivning", "Nytta", 0, now);
        assertThat(proposal.support(2, "Ale", "ale", now)).isTrue();
        assertThat(proposal.support(2, "Ale", "ale.other", now)).isFalse();
        assertThat(proposal.getSupportCount()).isEqualTo(1);

        VotingRound round = new VotingRound(1, now, now.plusSeconds(3600), SIMPLE, "admin");
        round.vote(2, "Ale", Choice.NO, 1, "ale", now.plusSeconds(60));
        round.vote(2, "Ale", Choice.YES, 1, "ale.other", now.plusSeconds(120));
        assertThat(round.getVotes()).singleElement().extracting(VotingRound.Vote::getChoice).isEqualTo(Choice.YES);
        assertThat(round.close(now.plusSeconds(1800), 1)).as("not due yet").isFalse();
        assertThat(round.close(now.plusSeconds(3600), 1)).isTrue();
        assertThat(round.getOutcome()).isEqualTo(Outcome.ADOPTED);
        assertThatThrownBy(() -> round.vote(2, "Ale", Choice.NO, 1, "ale", now.plusSeconds(3601))).isInstanceOf(IllegalStateException.class);
        assertThat(round.close(now.plusSeconds(7200), 1)).as("closed once").isFalse();
    }

    @Test
    void costShareWeightingCountsTheSharesAndATieCanBeBrokenByHeadcount() {
        Rule costShare = new Rule(Majority.SIMPLE, 0, Weighting.COST_SHARE);
        // weights 1000, 2000 (yes) against 3000 (no): a tie of weights, two organisations against one
        List<Ballot> tie = List.of(yes(1), yes(2), no(3));
        Result statusQuo = VoteCounting.count(costShare, 3, tie);
        assertThat(statusQuo.yes()).isEqualTo(3000);
        assertThat(statusQuo.no()).isEqualTo(3000);
        assertThat(statusQuo.outcome()).isEqualTo(Outcome.REJECTED);
        Rule headcount = new Rule(Majority.SIMPLE, 0, Weighting.COST_SHARE, VoteCounting.TieBreak.HEADCOUNT);
        assertThat(VoteCounting.count(headcount, 3, tie).outcome()).isEqualTo(Outcome.ADOPTED);
        // heads tie too: the status quo stands
        assertThat(VoteCounting.count(headcount, 2, List.of(new Ballot(1, Choice.YES, 5), new Ballot(2, Choice.NO, 5))).outcome())
                .isEqualTo(Outcome.REJECTED);
        // no headcount rescue for a weighted loss
        assertThat(VoteCounting.count(headcount, 3, List.of(yes(1), yes(2), no(4))).outcome()).isEqualTo(Outcome.REJECTED);
        // an organisation with no cost share still weighs 1
        assertThat(VoteCounting.count(costShare, 2, List.of(new Ballot(1, Choice.YES, 0), new Ballot(2, Choice.NO, 0))).yes()).isEqualTo(1);
    }
}
