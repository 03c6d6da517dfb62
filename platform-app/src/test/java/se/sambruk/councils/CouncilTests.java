package se.sambruk.councils;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import se.sambruk.PlatformTest;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.Roles;
import se.sambruk.core.councils.Councils;
import se.sambruk.core.councils.Councils.Council;
import se.sambruk.core.councils.Proposal;
import se.sambruk.core.councils.ProposalState;
import se.sambruk.core.councils.VoteCounting.Choice;
import se.sambruk.core.councils.VoteCounting.Majority;
import se.sambruk.core.councils.VoteCounting.Outcome;
import se.sambruk.core.councils.VoteCounting.Rule;
import se.sambruk.core.councils.VoteCounting.Weighting;
import se.sambruk.core.councils.VotingRound;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The steering council of FixaMinGata, from a proposal to a decision in the backlog. */
class CouncilTests extends PlatformTest {

    private static final String FMG = "fixamingata";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    @Autowired
    Councils councils;

    @Autowired
    UserAccounts accounts;

    private String user(String organisation, String... roles) {
        String username = "council-" + SEQUENCE.incrementAndGet() + "-" + RUN;
        accounts.createUser(username, "Testperson " + organisation, null, organisationId(organisation), Set.of(roles), DEMO_PASSWORD);
        return username;
    }

    private static String local(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @Test
    void aWholeRoundFromProposalToBacklog() throws Exception {
        Cookie ale = login("ale");
        Cookie ekeroCaseworker = login(user("Ekerö", Roles.CASEWORKER));
        Cookie ekeroDelegate = login(user("Ekerö", Roles.COUNCIL_DELEGATE));
        Cookie forshaga = login(user("Forshaga", Roles.COUNCIL_DELEGATE));
        Cookie hofors = login(user("Hofors", Roles.COUNCIL_DELEGATE));
        Cookie kil = login(user("Kil", Roles.COUNCIL_DELEGATE));
        Cookie kiruna = login("kiruna");
        Cookie malmo = login("malmo");
        Cookie admin = login("admin");

        mvc.perform(get("/services/" + FMG).cookie(ale)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/councils/" + FMG + "\"")));
        mvc.perform(get("/councils").cookie(ale)).andExpect(status().isOk())
                .andExpect(content().string(containsString("FixaMinGata")));
        mvc.perform(get("/councils/" + FMG).cookie(ale)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Forshaga")));
        mvc.perform(get("/councils/" + FMG)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/councils/" + FMG).cookie(kiruna)).andExpect(status().isForbidden());

        // a proposal with errors is shown again with inline errors
        mvc.perform(post("/councils/" + FMG + "/proposals").with(csrf()).cookie(ale)
                        .param("title", " ").param("description", "x").param("benefit", "y").param("cost", "mycket"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv en rubrik")))
                .andExpect(content().string(containsString("Skriv kostnaden i kronor")));
        String title = "Fotografera skador i appen " + RUN;
        MvcResult made = mvc.perform(post("/councils/" + FMG + "/proposals").with(csrf()).cookie(ale)
                        .param("title", title).param("description", "Invånare bifogar flera foton.")
                        .param("benefit", "Färre frågor tillbaka till invånaren.").param("cost", "150 000,50"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String proposalPath = made.getResponse().getRedirectedUrl();
        long proposalId = Long.parseLong(proposalPath.substring(proposalPath.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select estimated_cost_ore from core.council_proposal where id = ?", Long.class, proposalId))
                .isEqualTo(15_000_050L);
        mvc.perform(post("/councils/" + FMG + "/proposals").with(csrf()).cookie(kiruna)
                .param("title", "x").param("description", "x").param("benefit", "x").param("cost", "1")).andExpect(status().isForbidden());

        // support: one per organisation, members only
        mvc.perform(post(proposalPath + "/support").with(csrf()).cookie(ekeroCaseworker))
                .andExpect(flash().attribute("flashKey", "proposal.supported"));
        mvc.perform(post(proposalPath + "/support").with(csrf()).cookie(ekeroDelegate))
                .andExpect(flash().attribute("flashKey", "proposal.alreadySupported"));
        mvc.perform(post(proposalPath + "/support").with(csrf()).cookie(kil))
                .andExpect(flash().attribute("flashKey", "proposal.supported"));
        mvc.perform(post(proposalPath + "/support").with(csrf()).cookie(kiruna)).andExpect(status().isForbidden());
        mvc.perform(post(proposalPath + "/support").with(csrf()).cookie(malmo)).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from core.council_support where proposal_id = ?", Integer.class, proposalId)).isEqualTo(2);

        // only staff move it and open a round; the round needs a proposal under preparation
        mvc.perform(post(proposalPath + "/state").with(csrf()).cookie(ale).param("state", "PREPARATION")).andExpect(status().isForbidden());
        LocalDateTime now = LocalDateTime.now(STOCKHOLM);
        mvc.perform(post(proposalPath + "/rounds").with(csrf()).cookie(admin)
                        .param("opensAt", local(now.minusHours(1))).param("closesAt", local(now.plusHours(1)))
                        .param("majority", "SIMPLE").param("quorumPercent", "20").param("weighting", "ONE_PER_ORGANISATION"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("under beredning")));
        mvc.perform(post(proposalPath + "/state").with(csrf()).cookie(admin).param("state", "DELIVERED"))
                .andExpect(flash().attribute("flashKey", "proposal.transition.invalid"));
        mvc.perform(post(proposalPath + "/state").with(csrf()).cookie(admin).param("state", "PREPARATION"))
                .andExpect(flash().attribute("flashKey", "proposal.moved"));
        mvc.perform(post(proposalPath + "/rounds").with(csrf()).cookie(admin)
                        .param("opensAt", "igår").param("closesAt", local(now.minusHours(2)))
                        .param("majority", "SIMPLE").param("quorumPercent", "200").param("weighting", "ONE_PER_ORGANISATION"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Skriv datum och tid")))
                .andExpect(content().string(containsString("Skriv en andel mellan 0 och 100")));
        mvc.perform(post(proposalPath + "/rounds").with(csrf()).cookie(ale)
                .param("opensAt", local(now.minusHours(1))).param("closesAt", local(now.plusHours(1)))).andExpect(status().isForbidden());
        MvcResult opened = mvc.perform(post(proposalPath + "/rounds").with(csrf()).cookie(admin)
                        .param("opensAt", local(now.minusHours(1))).param("closesAt", local(now.plusHours(1)))
                        .param("majority", "SIMPLE").param("quorumPercent", "20").param("weighting", "ONE_PER_ORGANISATION"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String roundPath = opened.getResponse().getRedirectedUrl();
        long roundId = Long.parseLong(roundPath.substring(roundPath.lastIndexOf('/') + 1));
        assertThat(state(proposalId)).isEqualTo("VOTING");

        // delegates vote; a second vote of an organisation replaces its first
        mvc.perform(get(proposalPath).cookie(ale)).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"choice\"")));
        vote(roundPath, ale, "YES").andExpect(flash().attribute("flashKey", "round.voted"));
        vote(roundPath, ekeroDelegate, "NO").andExpect(flash().attribute("flashKey", "round.voted"));
        vote(roundPath, ekeroDelegate, "YES").andExpect(flash().attribute("flashKey", "round.voted"));
        vote(roundPath, forshaga, "YES");
        vote(roundPath, hofors, "NO");
        vote(roundPath, kil, "kanske").andExpect(flash().attribute("flashKey", "round.choice.invalid"));
        vote(roundPath, ekeroCaseworker, "NO").andExpect(status().isForbidden());
        vote(roundPath, kiruna, "NO").andExpect(status().isForbidden());
        vote(roundPath, malmo, "NO").andExpect(status().isForbidden());
        vote(roundPath, admin, "NO").andExpect(status().isForbidden());
        assertThat(jdbc.queryForList("select choice from core.council_vote where round_id = ? and organisation_id = ?",
                String.class, roundId, organisationId("Ekerö"))).containsExactly("YES");
        mvc.perform(get(roundPath).cookie(ale)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Omröstningen pågår")))
                .andExpect(content().string(not(containsString("Så röstade organisationerna"))));

        // the closing time passes: the first look at the round closes it
        jdbc.update("update core.council_round set opens_at = least(opens_at, now() - interval '2 minutes'), closes_at = now() - interval '1 minute' where id = ?", roundId);
        mvc.perform(get(roundPath).cookie(hofors)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Förslaget antogs")))
                .andExpect(content().string(containsString("Så röstade organisationerna")))
                .andExpect(content().string(containsString("Forshaga")));
        Map<String, Object> result = jdbc.queryForMap("select outcome, yes_weight, no_weight, voted_count, closed_at from core.council_round where id = ?", roundId);
        assertThat(result).containsEntry("outcome", "ADOPTED").containsEntry("yes_weight", 3L).containsEntry("no_weight", 1L)
                .containsEntry("voted_count", 4);
        assertThat(state(proposalId)).isEqualTo("DECIDED");
        vote(roundPath, hofors, "YES").andExpect(flash().attribute("flashKey", "round.notOpen"));
        assertThat(jdbc.queryForObject("select no_weight from core.council_round where id = ?", Long.class, roundId)).isEqualTo(1L);
        assertThat(councils.close(roundId, Instant.now().plusSeconds(86_400))).as("closed once, kept").isFalse();

        // the decision is in the backlog, and staff carry it on
        mvc.perform(get("/councils/" + FMG).cookie(forshaga)).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Förslaget antogs")));
        mvc.perform(post(proposalPath + "/state").with(csrf()).cookie(admin).param("state", "IN_DEVELOPMENT"))
                .andExpect(flash().attribute("flashKey", "proposal.moved"));
        mvc.perform(get(proposalPath).cookie(kil)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Beslutat → Under utveckling")))
                .andExpect(content().string(containsString("Till omröstning → Beslutat")));

        // the API (scope councils.read)
        if (!jdbc.queryForObject("select count(*) > 0 from core.api_client where client_id = 'ale-councils'", Boolean.class)) {
            accounts.registerClient("ale-councils", "Ales ärendesystem", organisationId("Ale"), Set.of("councils.read"), "ale-councils-secret");
        }
        String response = mvc.perform(post("/oauth2/token").with(httpBasic("ale-councils", "ale-councils-secret"))
                        .param("grant_type", "client_credentials").param("scope", "councils.read"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(response, "$.access_token");
        mvc.perform(get("/api/v1/councils/" + FMG + "/proposals").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + proposalId + ")].state").value("IN_DEVELOPMENT"));
        mvc.perform(get("/api/v1/councils/" + FMG + "/rounds/" + roundId).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ADOPTED"))
                .andExpect(jsonPath("$.votes.length()").value(4));
        mvc.perform(get("/api/v1/councils/bibblix/rounds/" + roundId).header("Authorization", "Bearer " + token))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/councils/" + FMG + "/proposals")).andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.ResultActions vote(String roundPath, Cookie who, String choice) throws Exception {
        return mvc.perform(post(roundPath + "/vote").with(csrf()).cookie(who).param("choice", choice));
    }

    private String state(long proposalId) {
        return jdbc.queryForObject("select state from core.council_proposal where id = ?", String.class, proposalId);
    }

    // ---- the rules, through the service: votes cast while open, then close(now) at the closing time

    private static CurrentUser delegate(long organisationId) {
        return new CurrentUser(null, "delegat-" + organisationId, organisationId, Set.of("ROLE_" + Roles.COUNCIL_DELEGATE));
    }

    private static final CurrentUser STAFF = new CurrentUser(null, "admin", 0, Set.of("ROLE_" + Roles.SAMBRUK_ADMIN));

    private VotingRound decide(Rule rule, Map<String, Choice> votes) {
        Council council = councils.council(FMG);
        Proposal proposal = councils.propose(delegate(organisationId("Ale")), council, "Regel " + rule + " " + RUN,
                "Beskrivning", "Nytta", 0);
        councils.move(STAFF, council, proposal.getId(), ProposalState.PREPARATION);
        Instant closes = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
        VotingRound round = councils.openRound(STAFF, council, proposal.getId(), Instant.now().minusSeconds(60), closes, rule);
        votes.forEach((organisation, choice) -> councils.vote(delegate(organisationId(organisation)), council, round.getId(), choice));
        assertThat(councils.close(round.getId(), closes.minusSeconds(1))).as("not before its time").isFalse();
        assertThat(councils.close(round.getId(), closes)).isTrue();
        VotingRound closed = councils.round(council, String.valueOf(round.getId()));
        assertThat(state(proposal.getId())).isEqualTo(closed.getOutcome() == Outcome.ADOPTED ? "DECIDED" : "REJECTED");
        return closed;
    }

    private static Map<String, Choice> votes(Object... pairs) {
        Map<String, Choice> votes = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            votes.put((String) pairs[i], (Choice) pairs[i + 1]);
        }
        return votes;
    }

    @Test
    void simpleMajorityAndATie() {
        Rule simple = new Rule(Majority.SIMPLE, 0, Weighting.ONE_PER_ORGANISATION);
        assertThat(decide(simple, votes("Ale", Choice.YES, "Kil", Choice.NO, "Hofors", Choice.YES)).getOutcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(decide(simple, votes("Ale", Choice.YES, "Kil", Choice.NO, "Hofors", Choice.ABSTAIN)).getOutcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void qualifiedMajority() {
        Map<String, Choice> twoOfThree = votes("Ale", Choice.YES, "Kil", Choice.YES, "Hofors", Choice.NO);
        assertThat(decide(new Rule(Majority.TWO_THIRDS, 0, Weighting.ONE_PER_ORGANISATION), twoOfThree).getOutcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(decide(new Rule(Majority.THREE_QUARTERS, 0, Weighting.ONE_PER_ORGANISATION), twoOfThree).getOutcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void quorumNotReached() {
        VotingRound round = decide(new Rule(Majority.SIMPLE, 100, Weighting.ONE_PER_ORGANISATION),
                votes("Ale", Choice.YES, "Kil", Choice.YES));
        assertThat(round.getOutcome()).isEqualTo(Outcome.NO_QUORUM);
        assertThat(round.getMemberCount()).isEqualTo(councils.council(FMG).memberCount()).isGreaterThan(2);
        assertThat(round.getYesWeight()).isEqualTo(2);
    }

    @Test
    void populationWeighting() {
        long sollentuna = population("Sollentuna");
        long small = population("Hofors") + population("Ockelbo");
        assertThat(sollentuna).as("demo populations").isGreaterThan(small).isGreaterThan(0);
        Map<String, Choice> votes = votes("Sollentuna", Choice.YES, "Hofors", Choice.NO, "Ockelbo", Choice.NO);
        VotingRound weighted = decide(new Rule(Majority.SIMPLE, 0, Weighting.POPULATION), votes);
        assertThat(weighted.getOutcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(weighted.getYesWeight()).isEqualTo(sollentuna);
        assertThat(weighted.getNoWeight()).isEqualTo(small);
        assertThat(decide(new Rule(Majority.SIMPLE, 0, Weighting.ONE_PER_ORGANISATION), votes).getOutcome()).isEqualTo(Outcome.REJECTED);
    }

    private long population(String organisation) {
        return jdbc.queryForObject("select coalesce(population, 0) from core.organisation where name = ?", Long.class, organisation);
    }
}
