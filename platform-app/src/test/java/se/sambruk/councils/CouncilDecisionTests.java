package se.sambruk.councils;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import se.sambruk.PlatformTest;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.Roles;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.costsharing.CostSharing;
import se.sambruk.core.councils.CouncilMeetings;
import se.sambruk.core.councils.Councils;
import se.sambruk.core.councils.Councils.Council;
import se.sambruk.core.councils.Meeting;
import se.sambruk.core.councils.PriorityRound;
import se.sambruk.core.councils.PriorityVoting;
import se.sambruk.core.councils.Prioritisation;
import se.sambruk.core.councils.Proposal;
import se.sambruk.core.councils.ProposalState;
import se.sambruk.core.councils.VoteCounting.Choice;
import se.sambruk.core.councils.VoteCounting.Majority;
import se.sambruk.core.councils.VoteCounting.Rule;
import se.sambruk.core.councils.VoteCounting.Weighting;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * FixaMinGata's council from a proposal to approved minutes: comments, the support threshold, the
 * chair, proxies, cost-share weighting, prioritisation, the minutes and their PDF, and the API's writes.
 */
class CouncilDecisionTests extends PlatformTest {

    private static final String FMG = "fixamingata";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    @Autowired Councils councils;
    @Autowired CouncilMeetings meetings;
    @Autowired PriorityVoting priorities;
    @Autowired CostSharing costSharing;
    @Autowired ServiceCatalogue catalogue;
    @Autowired UserAccounts accounts;
    @Autowired se.sambruk.core.councils.CouncilNotices notices;

    private String user(String organisation, String... roles) {
        String username = "decisions-" + SEQUENCE.incrementAndGet() + "-" + RUN;
        accounts.createUser(username, "Testperson " + organisation, null, organisationId(organisation), Set.of(roles), DEMO_PASSWORD);
        return username;
    }

    private static final CurrentUser STAFF = new CurrentUser(null, "admin", 0, Set.of("ROLE_" + Roles.SAMBRUK_ADMIN));

    private CurrentUser delegate(String organisation) {
        long id = organisationId(organisation);
        return new CurrentUser(null, "delegat-" + id, id, Set.of("ROLE_" + Roles.COUNCIL_DELEGATE));
    }

    @Test
    void aRoundFromTheSupportThresholdThroughProxyAndCostShareToApprovedMinutes() throws Exception {
        Cookie admin = login("admin");
        Cookie ale = login("ale");
        String chairName = user("Forshaga", Roles.COUNCIL_DELEGATE);
        Cookie chair = login(chairName);
        Cookie ekero = login(user("Ekerö", Roles.COUNCIL_DELEGATE));
        Cookie ekeroCaseworker = login(user("Ekerö", Roles.CASEWORKER));
        Cookie kil = login(user("Kil", Roles.COUNCIL_DELEGATE));
        Cookie hofors = login(user("Hofors", Roles.COUNCIL_DELEGATE));
        Cookie ockelbo = login(user("Ockelbo", Roles.COUNCIL_DELEGATE));
        Cookie sollentuna = login(user("Sollentuna", Roles.COUNCIL_DELEGATE));
        Cookie kiruna = login("kiruna");
        try {
            // staff name the chair and the threshold; bad settings come back with inline errors
            mvc.perform(post("/councils/" + FMG + "/settings").with(csrf()).cookie(admin)
                            .param("supportThreshold", "noll").param("roundDays", "200").param("majority", "SIMPLE")
                            .param("quorumPercent", "10").param("weighting", "COST_SHARE").param("tieBreak", "HEADCOUNT")
                            .param("chair", String.valueOf(userId("kiruna"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Skriv ett heltal större än 0")))
                    .andExpect(content().string(containsString("Välj en delegat från en medlemsorganisation")));
            mvc.perform(post("/councils/" + FMG + "/settings").with(csrf()).cookie(chair).param("roundDays", "7")).andExpect(status().isForbidden());
            mvc.perform(post("/councils/" + FMG + "/settings").with(csrf()).cookie(admin)
                            .param("supportThreshold", "3").param("roundDays", "7").param("majority", "SIMPLE")
                            .param("quorumPercent", "10").param("weighting", "COST_SHARE").param("tieBreak", "HEADCOUNT")
                            .param("chair", String.valueOf(userId(chairName))))
                    .andExpect(flash().attribute("flashKey", "council.settings.saved"));

            // the chair opens a meeting; its minutes will take up the round's result
            MvcResult held = mvc.perform(post("/councils/" + FMG + "/meetings").with(csrf()).cookie(chair)
                            .param("title", "Rådsmöte " + RUN).param("heldAt", LocalDateTime.now(STOCKHOLM).plusHours(1).withNano(0).withSecond(0).toString())
                            .param("place", "Teams"))
                    .andExpect(status().is3xxRedirection()).andReturn();
            String meetingPath = held.getResponse().getRedirectedUrl();
            long meetingId = Long.parseLong(meetingPath.substring(meetingPath.lastIndexOf('/') + 1));
            mvc.perform(post("/councils/" + FMG + "/meetings").with(csrf()).cookie(ale)
                    .param("title", "x").param("heldAt", "2026-01-01T10:00").param("place", "x")).andExpect(status().isForbidden());
            mvc.perform(post("/councils/" + FMG + "/meetings").with(csrf()).cookie(chair)
                            .param("title", "").param("heldAt", "imorgon").param("place", "Teams"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Skriv en rubrik")))
                    .andExpect(content().string(containsString("Skriv datum och tid")));

            // a proposal, comments, and support up to the threshold
            String title = "Karta med alla ärenden " + RUN;
            MvcResult made = mvc.perform(post("/councils/" + FMG + "/proposals").with(csrf()).cookie(ale)
                            .param("title", title).param("description", "Alla ärenden på en karta.")
                            .param("benefit", "Färre dubbletter.").param("cost", "80 000"))
                    .andExpect(status().is3xxRedirection()).andReturn();
            String proposalPath = made.getResponse().getRedirectedUrl();
            long proposalId = Long.parseLong(proposalPath.substring(proposalPath.lastIndexOf('/') + 1));
            mvc.perform(post(proposalPath + "/comments").with(csrf()).cookie(kil).param("text", "Vi behöver detta i Kil."))
                    .andExpect(flash().attribute("flashKey", "comment.added"));
            mvc.perform(post(proposalPath + "/comments").with(csrf()).cookie(kil).param("text", "  "))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Skriv en kommentar")));
            mvc.perform(post(proposalPath + "/comments").with(csrf()).cookie(kiruna).param("text", "Vi med")).andExpect(status().isForbidden());
            mvc.perform(get(proposalPath).cookie(hofors)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Vi behöver detta i Kil.")));

            mvc.perform(post(proposalPath + "/support").with(csrf()).cookie(ekero)).andExpect(flash().attribute("flashKey", "proposal.supported"));
            mvc.perform(post(proposalPath + "/support").with(csrf()).cookie(kil)).andExpect(flash().attribute("flashKey", "proposal.supported"));
            assertThat(state(proposalId)).isEqualTo("NEW");
            mvc.perform(post(proposalPath + "/support").with(csrf()).cookie(hofors)).andExpect(flash().attribute("flashKey", "proposal.supported"));
            assertThat(state(proposalId)).as("the third support reaches the threshold").isEqualTo("VOTING");
            long roundId = jdbc.queryForObject("select id from core.council_round where proposal_id = ?", Long.class, proposalId);
            assertThat(jdbc.queryForMap("select weighting, tie_break, quorum_percent from core.council_round where id = ?", roundId))
                    .containsEntry("weighting", "COST_SHARE").containsEntry("tie_break", "HEADCOUNT").containsEntry("quorum_percent", 10);
            String roundPath = "/councils/" + FMG + "/rounds/" + roundId;

            // Kil gives its vote to Ekerö; Ekerö votes for both; Kil can no longer vote itself
            mvc.perform(post(roundPath + "/proxy").with(csrf()).cookie(kil).param("to", String.valueOf(organisationId("Ekerö"))))
                    .andExpect(flash().attribute("flashKey", "round.proxy.given.ok"));
            mvc.perform(post(roundPath + "/proxy").with(csrf()).cookie(ekero).param("to", String.valueOf(organisationId("Hofors"))))
                    .andExpect(flash().attribute("flashKey", "round.proxy.chain"));
            mvc.perform(get(roundPath).cookie(ekero)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Rösta som ombud för Kil")));
            vote(roundPath, kil, "YES", null).andExpect(flash().attribute("flashKey", "round.proxy.given"));
            vote(roundPath, ekero, "NO", null).andExpect(flash().attribute("flashKey", "round.voted"));
            vote(roundPath, ekero, "YES", organisationId("Kil")).andExpect(flash().attribute("flashKey", "round.voted"));
            vote(roundPath, hofors, "YES", organisationId("Kil")).andExpect(flash().attribute("flashKey", "round.proxy.none"));
            vote(roundPath, ale, "YES", null);
            vote(roundPath, hofors, "NO", null);
            vote(roundPath, hofors, "YES", null); // replaces NO
            vote(roundPath, ockelbo, "YES", null);
            vote(roundPath, sollentuna, "NO", null);
            vote(roundPath, ekero, "YES", null); // replaces NO
            vote(roundPath, ekeroCaseworker, "NO", null).andExpect(status().isForbidden());
            vote(roundPath, kiruna, "NO", null).andExpect(status().isForbidden());
            vote(roundPath, admin, "NO", null).andExpect(status().isForbidden());
            assertThat(jdbc.queryForObject("select proxy_organisation_id from core.council_vote where round_id = ? and organisation_id = ?",
                    Long.class, roundId, organisationId("Kil"))).isEqualTo(organisationId("Ekerö"));
            assertThat(jdbc.queryForObject("select count(*) from core.council_vote where round_id = ?", Integer.class, roundId)).isEqualTo(6);

            // each vote weighs the organisation's cost share of the year (at least 1)
            Council council = councils.council(FMG);
            var shares = costSharing.calculate(council.service(), Year.now(STOCKHOLM).getValue());
            Map<String, Long> weight = new java.util.HashMap<>();
            for (String organisation : List.of("Ale", "Ekerö", "Kil", "Hofors", "Ockelbo", "Sollentuna")) {
                weight.put(organisation, Math.max(1, shares.amountOf(organisationId(organisation))));
                assertThat(jdbc.queryForObject("select weight from core.council_vote where round_id = ? and organisation_id = ?",
                        Long.class, roundId, organisationId(organisation))).isEqualTo(weight.get(organisation));
            }
            assertThat(weight.get("Sollentuna")).as("demo budget shares by population").isGreaterThan(weight.get("Hofors"));

            // the closing time passes: the scheduled job's close counts and records the decision in the open minutes
            jdbc.update("update core.council_round set opens_at = least(opens_at, now() - interval '1 minute'), closes_at = now() - interval '1 second' where id = ?", roundId);
            assertThat(councils.closeDue(Instant.now())).isGreaterThanOrEqualTo(1);
            long yes = weight.get("Ale") + weight.get("Ekerö") + weight.get("Kil") + weight.get("Hofors") + weight.get("Ockelbo");
            long no = weight.get("Sollentuna");
            Map<String, Object> result = jdbc.queryForMap("select outcome, yes_weight, no_weight, voted_count from core.council_round where id = ?", roundId);
            assertThat(result).containsEntry("yes_weight", yes).containsEntry("no_weight", no).containsEntry("voted_count", 6)
                    .containsEntry("outcome", yes > no ? "ADOPTED" : "REJECTED");
            assertThat(state(proposalId)).isEqualTo(yes > no ? "DECIDED" : "REJECTED");
            Integer paragraph = jdbc.queryForObject("select paragraph from core.council_decision where meeting_id = ? and round_id = ?",
                    Integer.class, meetingId, roundId);
            assertThat(paragraph).isNotNull();
            mvc.perform(get("/councils/" + FMG).cookie(kil)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(title)))
                    .andExpect(content().string(containsString("§" + paragraph)));

            // the chair keeps the minutes, approves them, and then they are locked
            mvc.perform(post(meetingPath + "/agenda").with(csrf()).cookie(chair).param("title", "Kartan").param("proposal", String.valueOf(proposalId)))
                    .andExpect(flash().attribute("flashKey", "meeting.agenda.added"));
            mvc.perform(post(meetingPath + "/attendance").with(csrf()).cookie(chair)
                            .param("organisation", String.valueOf(organisationId("Kil"))).param("representedBy", "Karin Delegat"))
                    .andExpect(flash().attribute("flashKey", "meeting.attendance.saved"));
            mvc.perform(post(meetingPath + "/attendance").with(csrf()).cookie(chair)
                            .param("organisation", String.valueOf(organisationId("Kiruna"))).param("representedBy", "Kim"))
                    .andExpect(flash().attribute("flashKey", "minutes.attendance.notMember"));
            mvc.perform(post(meetingPath + "/decisions").with(csrf()).cookie(chair).param("text", "Nästa möte hålls i maj " + RUN + "."))
                    .andExpect(flash().attribute("flashKey", "minutes.decision.added"));
            mvc.perform(post(meetingPath + "/decisions").with(csrf()).cookie(ale).param("text", "Ale bestämmer")).andExpect(status().isForbidden());
            mvc.perform(post(meetingPath + "/approve").with(csrf()).cookie(chair)).andExpect(flash().attribute("flashKey", "minutes.approved"));
            int paragraphs = jdbc.queryForObject("select count(*) from core.council_decision where meeting_id = ?", Integer.class, meetingId);
            mvc.perform(post(meetingPath + "/decisions").with(csrf()).cookie(chair).param("text", "Ändrat i efterhand"))
                    .andExpect(flash().attribute("flashKey", "minutes.locked"));
            mvc.perform(post(meetingPath + "/attendance").with(csrf()).cookie(admin)
                            .param("organisation", String.valueOf(organisationId("Kil"))).param("representedBy", ""))
                    .andExpect(flash().attribute("flashKey", "minutes.locked"));
            assertThatThrownBy(() -> meetings.addDecision(STAFF, council, meetingId, "Ändrat", null)).hasMessage("minutes.locked");
            assertThat(jdbc.queryForObject("select count(*) from core.council_decision where meeting_id = ?", Integer.class, meetingId))
                    .isEqualTo(paragraphs);
            assertThat(jdbc.queryForObject("select count(*) from core.council_attendance where meeting_id = ?", Integer.class, meetingId))
                    .isEqualTo(1);

            // printable page and PDF, read by anyone following the council
            mvc.perform(get(meetingPath + "/print").cookie(ale)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("§" + paragraph)))
                    .andExpect(content().string(containsString("Karin Delegat")));
            byte[] pdf = mvc.perform(get(meetingPath + "/minutes.pdf").cookie(hofors)).andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            PdfReader reader = new PdfReader(pdf);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            String flat = text.toString().replaceAll("\\s+", " ");
            assertThat(flat).contains("§" + paragraph).contains(title).contains("Nästa möte hålls i maj " + RUN)
                    .contains("Karin Delegat").contains("justerades");
            mvc.perform(get(meetingPath + "/minutes.pdf").cookie(kiruna)).andExpect(status().isForbidden());
        } finally {
            jdbc.update("delete from core.council_settings where service_id = (select id from core.service where code = ?)", FMG);
        }
    }

    private ResultActions vote(String roundPath, Cookie who, String choice, Long forOrganisation) throws Exception {
        var request = post(roundPath + "/vote").with(csrf()).cookie(who).param("choice", choice);
        if (forOrganisation != null) {
            request.param("for", String.valueOf(forOrganisation));
        }
        return mvc.perform(request);
    }

    private String state(long proposalId) {
        return jdbc.queryForObject("select state from core.council_proposal where id = ?", String.class, proposalId);
    }

    private Proposal proposal(Council council, String title, long costKronor) {
        Proposal proposal = councils.propose(delegate("Ale"), council, title + " " + RUN, "Beskrivning", "Nytta", costKronor * 100);
        councils.move(STAFF, council, proposal.getId(), ProposalState.PREPARATION);
        return proposal;
    }

    @Test
    void prioritisationRoundsRankWithinTheBudgetAndAreRecordedAsDecisions() throws Exception {
        Council council = councils.council(FMG);
        Proposal app = proposal(council, "Ny app", 100_000);
        Proposal map = proposal(council, "Karta", 200_000);
        Proposal api = proposal(council, "Öppet API", 300_000);
        List<Long> ids = List.of(app.getId(), map.getId(), api.getId());
        long budget = 400_000_00L;

        // points, through the service
        PriorityRound points = open(council, Prioritisation.Method.POINTS, budget, ids);
        priorities.votePoints(delegate("Ale"), council, points.getId(), Map.of(app.getId(), 10, map.getId(), 60, api.getId(), 30));
        priorities.votePoints(delegate("Kil"), council, points.getId(), Map.of(map.getId(), 90));
        priorities.votePoints(delegate("Kil"), council, points.getId(), Map.of(map.getId(), 50, api.getId(), 50)); // replaces
        assertThatThrownBy(() -> priorities.votePoints(delegate("Hofors"), council, points.getId(), Map.of(app.getId(), 101)))
                .hasMessage("priority.points.total");
        assertThatThrownBy(() -> priorities.votePoints(delegate("Kiruna"), council, points.getId(), Map.of(app.getId(), 1)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> priorities.votePoints(new CurrentUser(null, "kil", organisationId("Kil"), Set.of("ROLE_" + Roles.CASEWORKER)),
                council, points.getId(), Map.of(app.getId(), 1))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        PriorityRound closed = close(council, points);
        assertThat(closed.getResults()).extracting(r -> r.getProposalId(), r -> r.getScore(), r -> r.isFunded()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(map.getId(), 110L, true),
                org.assertj.core.groups.Tuple.tuple(api.getId(), 80L, false),
                org.assertj.core.groups.Tuple.tuple(app.getId(), 10L, true));

        // budget picks, through the page: a pick over the budget is refused
        Cookie hofors = login(user("Hofors", Roles.COUNCIL_DELEGATE));
        Cookie ale = login("ale");
        PriorityRound picks = open(council, Prioritisation.Method.BUDGET_PICKS, budget, ids);
        String picksPath = "/councils/" + FMG + "/priorities/" + picks.getId();
        mvc.perform(get(picksPath).cookie(ale)).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"pick\"")));
        mvc.perform(post(picksPath + "/vote").with(csrf()).cookie(ale).param("pick", String.valueOf(map.getId())).param("pick", String.valueOf(api.getId())))
                .andExpect(flash().attribute("flashKey", "priority.picks.overBudget"));
        mvc.perform(post(picksPath + "/vote").with(csrf()).cookie(ale).param("pick", String.valueOf(app.getId())).param("pick", String.valueOf(api.getId())))
                .andExpect(flash().attribute("flashKey", "priority.voted"));
        mvc.perform(post(picksPath + "/vote").with(csrf()).cookie(hofors).param("pick", String.valueOf(api.getId())))
                .andExpect(flash().attribute("flashKey", "priority.voted"));
        closed = close(council, picks);
        assertThat(closed.getResults()).extracting(r -> r.getProposalId()).containsExactly(api.getId(), app.getId(), map.getId());
        assertThat(closed.getResults()).extracting(r -> r.isFunded()).containsExactly(true, true, false);

        // pairwise comparison, through the page: every pair must be answered
        PriorityRound pairwise = open(council, Prioritisation.Method.PAIRWISE, budget, ids);
        String pairPath = "/councils/" + FMG + "/priorities/" + pairwise.getId();
        long a = app.getId(), m = map.getId(), p = api.getId();
        mvc.perform(post(pairPath + "/vote").with(csrf()).cookie(ale).param("pair-" + a + "-" + m, String.valueOf(m)))
                .andExpect(flash().attribute("flashKey", "priority.pairs.incomplete"));
        mvc.perform(post(pairPath + "/vote").with(csrf()).cookie(ale).param("pair-" + a + "-" + m, String.valueOf(m))
                        .param("pair-" + a + "-" + p, String.valueOf(p)).param("pair-" + m + "-" + p, String.valueOf(m)))
                .andExpect(flash().attribute("flashKey", "priority.voted"));
        mvc.perform(post(pairPath + "/vote").with(csrf()).cookie(hofors).param("pair-" + a + "-" + m, String.valueOf(a))
                        .param("pair-" + a + "-" + p, String.valueOf(a)).param("pair-" + m + "-" + p, String.valueOf(m)))
                .andExpect(flash().attribute("flashKey", "priority.voted"));
        closed = close(council, pairwise);
        // map: 2 + 1 = 3 wins, app: 0 + 2 = 2, api: 1 + 0 = 1
        assertThat(closed.getResults()).extracting(r -> r.getProposalId(), r -> r.getScore(), r -> r.isFunded()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(m, 3L, true),
                org.assertj.core.groups.Tuple.tuple(a, 2L, true),
                org.assertj.core.groups.Tuple.tuple(p, 1L, false));
        mvc.perform(get(pairPath).cookie(ale)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Så prioriterade organisationerna")));

        // the results are recorded as decisions: in the next minutes when none are open
        Meeting meeting = meetings.hold(STAFF, council, "Prioriteringsmöte " + RUN, Instant.now(), "Stockholm");
        for (PriorityRound round : List.of(points, picks, pairwise)) {
            String decision = jdbc.queryForObject("select text from core.council_decision where priority_round_id = ?", String.class, round.getId())
                    .replace('\u00a0', ' ');
            assertThat(decision).contains("Prioritering av utvecklingsbudgeten").contains("400 000");
            assertThat(jdbc.queryForObject("select meeting_id from core.council_decision where priority_round_id = ?", Long.class, round.getId()))
                    .isEqualTo(meeting.getId());
        }
        assertThat(jdbc.queryForObject("select text from core.council_decision where priority_round_id = ?", String.class, pairwise.getId())
                .replace('\u00a0', ' ')).contains("”Karta " + RUN + "” (200 000,00 kr)");
        meetings.approve(STAFF, council, meeting.getId());
    }

    private PriorityRound open(Council council, Prioritisation.Method method, long budget, List<Long> ids) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return priorities.open(STAFF, council, 2027, budget, method, 100, now.minusSeconds(60), now.plusSeconds(3600), ids);
    }

    private PriorityRound close(Council council, PriorityRound round) {
        assertThat(priorities.close(round.getId(), Instant.now())).as("not before its time").isFalse();
        assertThat(priorities.close(round.getId(), round.getClosesAt())).isTrue();
        assertThat(priorities.close(round.getId(), round.getClosesAt().plusSeconds(60))).as("closed once").isFalse();
        return priorities.round(council, String.valueOf(round.getId()));
    }

    @Test
    void machineClientsProposeSupportAndVoteWithTheWriteScope() throws Exception {
        String kil = client("kil-councils", "Kil", "councils.read councils.write");
        String kilReadOnly = client("kil-councils-read", "Kil", "councils.read");
        String kiruna = client("kiruna-councils", "Kiruna", "councils.read councils.write");
        String base = "/api/v1/councils/" + FMG;

        mvc.perform(post(base + "/proposals").header("Authorization", "Bearer " + kil).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\" \",\"estimatedCostOre\":-5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'description')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'estimatedCostOre')]").exists());
        mvc.perform(post(base + "/proposals").header("Authorization", "Bearer " + kil).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"estimatedCostOre\":\"mycket\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("estimatedCostOre"));
        String body = "{\"title\":\"Export till Excel " + RUN + "\",\"description\":\"Ärendelistan som xlsx.\",\"expectedBenefit\":\"Uppföljning.\",\"estimatedCostOre\":2500000}";
        mvc.perform(post(base + "/proposals").header("Authorization", "Bearer " + kilReadOnly).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/proposals").header("Authorization", "Bearer " + kiruna).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        String created = mvc.perform(post(base + "/proposals").header("Authorization", "Bearer " + kil).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("NEW"))
                .andReturn().getResponse().getContentAsString();
        long proposalId = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post(base + "/proposals/" + proposalId + "/support").header("Authorization", "Bearer " + kil))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(true)).andExpect(jsonPath("$.supportingOrganisations").value(1));
        mvc.perform(post(base + "/proposals/" + proposalId + "/support").header("Authorization", "Bearer " + kil))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(false));

        Council council = councils.council(FMG);
        councils.move(STAFF, council, proposalId, ProposalState.PREPARATION);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long roundId = councils.openRound(STAFF, council, proposalId, now.minusSeconds(60), now.plusSeconds(3600),
                new Rule(Majority.SIMPLE, 0, Weighting.ONE_PER_ORGANISATION)).getId();
        mvc.perform(post(base + "/rounds/" + roundId + "/votes").header("Authorization", "Bearer " + kil).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\":\"kanske\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("choice"));
        mvc.perform(post(base + "/rounds/" + roundId + "/votes").header("Authorization", "Bearer " + kil).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\":\"NO\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.organisationId").value(organisationId("Kil")));
        mvc.perform(post(base + "/rounds/" + roundId + "/votes").header("Authorization", "Bearer " + kil).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\":\"YES\"}"))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/rounds/" + roundId + "/votes").header("Authorization", "Bearer " + kiruna).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\":\"YES\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/rounds/" + roundId + "/votes").header("Authorization", "Bearer " + kil).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choice\":\"YES\",\"forOrganisationId\":" + organisationId("Ale") + "}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select choice from core.council_vote where round_id = ? and organisation_id = ?",
                String.class, roundId, organisationId("Kil"))).isEqualTo("YES");

        councils.close(roundId, now.plusSeconds(3600));
        mvc.perform(get(base + "/decisions").header("Authorization", "Bearer " + kil)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.roundId == " + roundId + " && @.kind == 'VOTE')].outcome").value("ADOPTED"));
        mvc.perform(get(base + "/meetings").header("Authorization", "Bearer " + kil)).andExpect(status().isOk());
        mvc.perform(get(base + "/decisions").header("Authorization", "Bearer " + kiruna)).andExpect(status().isForbidden());
    }

    private String client(String clientId, String organisation, String scopes) throws Exception {
        if (!jdbc.queryForObject("select count(*) > 0 from core.api_client where client_id = ?", Boolean.class, clientId)) {
            accounts.registerClient(clientId, "Test " + clientId, organisationId(organisation), Set.of(scopes.split(" ")), clientId + "-secret");
        }
        String response = mvc.perform(post("/oauth2/token").with(httpBasic(clientId, clientId + "-secret"))
                        .param("grant_type", "client_credentials").param("scope", scopes))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(response, "$.access_token");
    }

    @Test
    void delegatesAreNotifiedWhenARoundOpensAndADayBeforeItCloses() {
        String username = "decisions-notice-" + RUN;
        accounts.createUser(username, "Nora Delegat", username + "@example.se", organisationId("Ockelbo"), Set.of(Roles.COUNCIL_DELEGATE), DEMO_PASSWORD);
        long userId = userId(username);
        Council council = councils.council(FMG);
        Proposal proposal = proposal(council, "Avisering", 10_000);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant closes = now.plus(3, ChronoUnit.DAYS);
        long roundId = councils.openRound(STAFF, council, proposal.getId(), now.minusSeconds(60), closes,
                new Rule(Majority.SIMPLE, 0, Weighting.ONE_PER_ORGANISATION)).getId();
        String link = "/councils/" + FMG + "/rounds/" + roundId;

        notices.sendDue(now);
        notices.sendDue(now.plusSeconds(60)); // once only
        assertThat(jdbc.queryForList("select subject from core.user_notification where user_id = ? and link = ?", String.class, userId, link))
                .containsExactly("Förvaltningsrådet för FixaMinGata: en omröstning har öppnat");
        assertThat(jdbc.queryForObject("select count(*) from core.user_notification where user_id = ? and link = ?", Integer.class,
                userId("ale"), link)).as("every delegate of a member").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from core.user_notification where user_id = ? and link = ?", Integer.class,
                userId("kiruna"), link)).as("not a member's delegate").isZero();
        assertThat(jdbc.queryForObject("select count(*) from core.outgoing_mail where recipient = ? and body like ?", Integer.class,
                username + "@example.se", "%Avisering " + RUN + "%")).isEqualTo(1);

        notices.sendDue(closes.minus(12, ChronoUnit.HOURS));
        notices.sendDue(closes.minus(11, ChronoUnit.HOURS));
        assertThat(jdbc.queryForList("select subject from core.user_notification where user_id = ? and link = ? order by id", String.class, userId, link))
                .containsExactly("Förvaltningsrådet för FixaMinGata: en omröstning har öppnat",
                        "Förvaltningsrådet för FixaMinGata: omröstningen stänger inom ett dygn");
    }
}
