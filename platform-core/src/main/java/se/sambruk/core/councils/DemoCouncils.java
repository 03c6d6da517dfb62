package se.sambruk.core.councils;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.Roles;
import se.sambruk.core.councils.Councils.Council;
import se.sambruk.core.councils.Prioritisation.Method;
import se.sambruk.core.councils.VoteCounting.Choice;
import se.sambruk.core.councils.VoteCounting.Majority;
import se.sambruk.core.councils.VoteCounting.Rule;
import se.sambruk.core.councils.VoteCounting.TieBreak;
import se.sambruk.core.councils.VoteCounting.Weighting;

/**
 * The demo's steering council (FixaMinGata, where the demo user ale is a delegate): a decided
 * proposal recorded in approved minutes, an open round ale can vote in, a proposal to support and
 * comment, and an open prioritisation. Staff (admin) act as chair. Loaded once, with the demo data.
 */
@Component
@Order(6)
@ConditionalOnBooleanProperty("sambruk.demo.enabled")
class DemoCouncils implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCouncils.class);
    private static final String FMG = "fixamingata";
    private static final String FIRST = "Foto och position direkt från mobilen";
    private static final CurrentUser STAFF = new CurrentUser(null, "admin", 0, Set.of("ROLE_" + Roles.SAMBRUK_ADMIN));

    private final Councils councils;
    private final CouncilMeetings meetings;
    private final PriorityVoting priorities;
    private final Clock clock;

    DemoCouncils(Councils councils, CouncilMeetings meetings, PriorityVoting priorities, Clock clock) {
        this.councils = councils;
        this.meetings = meetings;
        this.priorities = priorities;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Council council = councils.council(FMG);
        List<String> members = council.members().stream().map(Councils.Member::name).toList();
        if (!members.containsAll(List.of("Ale", "Kil", "Hofors", "Ekerö", "Forshaga"))
                || councils.proposals(council).stream().anyMatch(proposal -> proposal.getTitle().equals(FIRST))) {
            return;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MINUTES);
        councils.changeSettings(STAFF, council, 3, 14, new Rule(Majority.SIMPLE, 20, Weighting.ONE_PER_ORGANISATION, TieBreak.STATUS_QUO), null);

        // decided in a round that has closed, and recorded in approved minutes
        Proposal photo = councils.propose(delegate(council, "Ale", "ale"), council, FIRST,
                "Invånaren tar ett foto i appen; bilden och platsen följer med ärendet.",
                "Färre frågor tillbaka till invånaren och snabbare åtgärd.", 120_000_00L);
        councils.support(delegate(council, "Kil", "kil.delegat"), council, photo.getId());
        councils.support(delegate(council, "Hofors", "hofors.delegat"), council, photo.getId());
        councils.move(STAFF, council, photo.getId(), ProposalState.PREPARATION);
        // the votes below are cast at the clock's time: leave them ample time on a busy machine (a
        // minute was not enough under load), then close the round at its end
        Instant closes = now.plus(10, ChronoUnit.MINUTES);
        // a quorum the five demo votes reach, however many members the council has
        int quorum = Math.min(50, 5 * 100 / Math.max(5, council.memberCount()));
        VotingRound decided = councils.openRound(STAFF, council, photo.getId(), now.minus(14, ChronoUnit.DAYS), closes,
                new Rule(Majority.SIMPLE, quorum, Weighting.ONE_PER_ORGANISATION));
        Map.of("Ale", Choice.YES, "Kil", Choice.YES, "Ekerö", Choice.YES, "Hofors", Choice.NO, "Forshaga", Choice.ABSTAIN)
                .forEach((organisation, choice) -> councils.vote(delegate(council, organisation, "delegat"), council, decided.getId(), choice));
        councils.close(decided.getId(), closes);
        Meeting meeting = meetings.hold(STAFF, council, "Förvaltningsrådets höstmöte", now.minus(1, ChronoUnit.DAYS), "Teams");
        meetings.addAgendaItem(STAFF, council, meeting.getId(), "Mötets öppnande och val av justerare", null);
        meetings.addAgendaItem(STAFF, council, meeting.getId(), "Beslut om foto och position", photo.getId());
        meetings.addAgendaItem(STAFF, council, meeting.getId(), "Utvecklingsplanen för nästa år", null);
        for (String organisation : List.of("Ale", "Ekerö", "Hofors", "Kil")) {
            meetings.recordAttendance(STAFF, council, meeting.getId(), member(council, organisation), "Delegat för " + organisation);
        }
        meetings.addDecision(STAFF, council, meeting.getId(),
                "Förvaltningsrådet beslutade att förvaltningen tar fram en utvecklingsplan för nästa år till nästa möte.", null);
        meetings.approve(STAFF, council, meeting.getId());
        if (councils.proposal(council, String.valueOf(photo.getId())).getState() == ProposalState.DECIDED) {
            councils.move(STAFF, council, photo.getId(), ProposalState.IN_DEVELOPMENT);
        }

        // an open round: ale can still vote for Ale
        Proposal sms = councils.propose(delegate(council, "Kil", "kil.delegat"), council, "Sms när ärendet är åtgärdat",
                "Invånaren som anmält får ett sms när ärendet stängs.", "Invånaren ser att anmälan gjorde skillnad.", 45_000_00L);
        councils.support(delegate(council, "Ekerö", "ekero.delegat"), council, sms.getId());
        councils.move(STAFF, council, sms.getId(), ProposalState.PREPARATION);
        VotingRound open = councils.openRound(STAFF, council, sms.getId(), now.minus(1, ChronoUnit.DAYS), now.plus(10, ChronoUnit.DAYS),
                new Rule(Majority.SIMPLE, quorum, Weighting.POPULATION, TieBreak.HEADCOUNT));
        councils.vote(delegate(council, "Kil", "kil.delegat"), council, open.getId(), Choice.YES);
        councils.vote(delegate(council, "Hofors", "hofors.delegat"), council, open.getId(), Choice.NO);

        // a new proposal to comment on and support, and an open prioritisation
        Proposal access = councils.propose(delegate(council, "Hofors", "hofors.delegat"), council, "Tillgänglighetsgranskning av invånarwebben",
                "En extern granskning mot WCAG 2.1 AA och åtgärder av det den hittar.", "Alla invånare kan anmäla.", 60_000_00L);
        councils.comment(delegate(council, "Kil", "kil.delegat"), council, access.getId(), "Kil stöder detta; vi fick frågan av vår tillgänglighetssamordnare.");
        int year = Year.now(clock).getValue();
        long budget = priorities.developmentBudget(council, year);
        priorities.open(STAFF, council, year + 1, budget > 0 ? budget : 300_000_00L, Method.POINTS, 100, now.minus(1, ChronoUnit.HOURS),
                now.plus(14, ChronoUnit.DAYS), List.of(sms.getId(), access.getId()));
        log.info("Demo council for {}: a decision in approved minutes, an open round and an open prioritisation", FMG);
    }

    private static long member(Council council, String name) {
        return council.members().stream().filter(member -> member.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static CurrentUser delegate(Council council, String organisation, String name) {
        return new CurrentUser(null, name, member(council, organisation), Set.of("ROLE_" + Roles.COUNCIL_DELEGATE));
    }
}
