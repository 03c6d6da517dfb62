package se.sambruk.api;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OrganisationApiTests extends ApiTestSupport {

    private static final String ORGANISATIONS = "/api/v1/organisations";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void needsAToken() throws Exception {
        mvc.perform(get(ORGANISATIONS)).andExpect(status().isUnauthorized());
    }

    @Test
    void needsTheReadScope() throws Exception {
        getWith(tokenForNewClient("api-test-operations", Set.of("operations.read")), ORGANISATIONS)
                .andExpect(status().isForbidden());
    }

    @Test
    void needsTheWriteScopeToCreate() throws Exception {
        mvc.perform(bearer(post(ORGANISATIONS), readToken()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type": "OTHER", "name": "Läsklientens förening"}"""))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsEveryMunicipalityOnOnePage() throws Exception {
        getWith(readToken(), ORGANISATIONS + "?type=MUNICIPALITY&size=500")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(290)))
                .andExpect(jsonPath("$.content[*].type", everyItem(is("MUNICIPALITY"))))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.size").value(500))
                .andExpect(jsonPath("$.page.totalElements").value(290))
                .andExpect(jsonPath("$.page.totalPages").value(1));
    }

    @Test
    void pagesFiftyAtATimeByName() throws Exception {
        String token = readToken();
        getWith(token, ORGANISATIONS + "?type=MUNICIPALITY")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(50)))
                .andExpect(jsonPath("$.content[0].name").value("Ale"))
                .andExpect(jsonPath("$.page.size").value(50))
                .andExpect(jsonPath("$.page.totalElements").value(290))
                .andExpect(jsonPath("$.page.totalPages").value(6));
        getWith(token, ORGANISATIONS + "?type=MUNICIPALITY&page=5")
                .andExpect(jsonPath("$.content", hasSize(40)))
                .andExpect(jsonPath("$.page.number").value(5));
    }

    @Test
    void searchesAndShowsWhomABodyActsFor() throws Exception {
        getWith(readToken(), ORGANISATIONS + "?q=Höglandsförbundet")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].type").value("KOMMUNALFORBUND"))
                .andExpect(jsonPath("$.content[0].actsFor[*].name",
                        containsInAnyOrder("Aneby", "Eksjö", "Nässjö", "Sävsjö", "Tranås", "Vetlanda")));
        getWith(readToken(), ORGANISATIONS + "?q=2062")
                .andExpect(jsonPath("$.content[0].name").value("Mora"))
                .andExpect(jsonPath("$.content[0].countyName").value("Dalarnas län"));
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("size", "0"),
                Arguments.of("size", "100000"),
                Arguments.of("size", "-3"),
                Arguments.of("type", "FOO"),
                Arguments.of("q", "x".repeat(10_000)),
                Arguments.of("page", "-1"),
                Arguments.of("page", "abc"),
                Arguments.of("page", "99999999999999999999"));
    }

    @ParameterizedTest
    @MethodSource("badParameters")
    void rejectsBadParametersNamingThem(String parameter, String value) throws Exception {
        expectFieldErrors(mvc.perform(bearer(get(ORGANISATIONS), readToken()).param(parameter, value)), parameter);
    }

    @Test
    void toleratesControlCharactersInTheSearch() throws Exception {
        mvc.perform(bearer(get(ORGANISATIONS), readToken()).param("q", "Mo\u0000ra\u0007"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].name", hasItem("Mora")));
    }

    @Test
    void showsOneOrganisationWithMembershipAndSubscriptions() throws Exception {
        long leksand = organisations.findByNameIgnoreCase("Leksand").orElseThrow().getId();
        getWith(readToken(), ORGANISATIONS + "/{id}", leksand)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(leksand))
                .andExpect(jsonPath("$.name").value("Leksand"))
                .andExpect(jsonPath("$.municipalityCode").value("2029"))
                .andExpect(jsonPath("$.coveredBy[?(@.serviceCode == 'provisum')].organisationName").value("Mora"));
        long mora = organisations.findByNameIgnoreCase("Mora").orElseThrow().getId();
        getWith(readToken(), ORGANISATIONS + "/{id}", mora)
                .andExpect(jsonPath("$.membership.status").value("ACTIVE"))
                .andExpect(jsonPath("$.subscriptions[*].serviceCode", hasItem("provisum")));
    }

    @Test
    void answersUnknownIdsWithNotFound() throws Exception {
        getWith(readToken(), ORGANISATIONS + "/987654321")
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void answersWhatNoControllerServesWithProblemDetails() throws Exception {
        mvc.perform(bearer(delete(ORGANISATIONS + "/1"), writeToken()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(bearer(post(ORGANISATIONS), writeToken()).contentType(MediaType.TEXT_PLAIN).content("Mora"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void rejectsIdsThatAreNoNumbers() throws Exception {
        expectFieldErrors(getWith(readToken(), ORGANISATIONS + "/abc"), "id");
    }

    @Test
    void createsAnOrganisationAndAuditsIt() throws Exception {
        String location = mvc.perform(bearer(post(ORGANISATIONS), writeToken()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type": "KOMMUNALFORBUND", "name": "  Testförbundet i Dalarna ", "countyCode": "20",
                                 "countyName": "Dalarnas län", "population": 0, "orgNumber": "222000-1234",
                                 "website": "https://testforbundet.example.se/om"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/organisations/\\d+")))
                .andExpect(jsonPath("$.name").value("Testförbundet i Dalarna"))
                .andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        getWith(readToken(), location)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("KOMMUNALFORBUND"))
                .andExpect(jsonPath("$.website").value("https://testforbundet.example.se/om"));
        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where action = 'REGISTER_CHANGED' and target_id = ?",
                Long.class, id)).isEqualTo(1);
    }

    @Test
    void aKeptListAnswerGivesWayToEveryChangeOfTheRegister() throws Exception {
        String search = ORGANISATIONS + "?q=Sandviken";
        String first = getWith(readToken(), search).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].name", hasItem("Sandviken"))).andReturn().getResponse().getContentAsString();
        getWith(readToken(), search).andExpect(status().isOk()).andExpect(content().json(first, org.springframework.test.json.JsonCompareMode.STRICT));

        // a change by any path (here plain SQL, as another node or a migration would) shows at once
        jdbc.update("update core.organisation set website = 'https://sandviken.example.se' where name = 'Sandviken'");
        getWith(readToken(), search).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].website").value("https://sandviken.example.se"));

        mvc.perform(bearer(post(ORGANISATIONS), writeToken()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type": "OTHER", "name": "Sandvikens föreningsråd"}"""))
                .andExpect(status().isCreated());
        getWith(readToken(), search).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].name", hasItems("Sandviken", "Sandvikens föreningsråd")));
        // and a kept answer is still only for callers allowed to read the register
        mvc.perform(get(search)).andExpect(status().isUnauthorized());
        getWith(tokenForNewClient("api-test-no-register", Set.of("operations.read")), search).andExpect(status().isForbidden());
    }

    @Test
    void rejectsAnInvalidOrganisationListingTheFields() throws Exception {
        expectFieldErrors(postAsWriter("""
                        {"name": " ", "municipalityCode": "12", "countyCode": "ABC", "population": -1,
                         "orgNumber": "1234", "website": "ftp://example.se"}"""),
                "type", "name", "municipalityCode", "countyCode", "population", "orgNumber", "website");
        expectFieldErrors(postAsWriter("""
                {"type": "OTHER", "name": "%s", "countyName": "Tab\\tlän"}""".formatted("x".repeat(10_000))), "name", "countyName");
        expectFieldErrors(postAsWriter("""
                {"type": "OTHER", "name": "Nul\\u0000byte"}"""), "name");
        expectFieldErrors(postAsWriter("""
                {"type": "OTHER", "name": "Ok", "website": "https://exa mple.se"}"""), "website");
    }

    @Test
    void rejectsUnreadableBodiesNamingTheField() throws Exception {
        expectFieldErrors(postAsWriter("""
                {"type": "FOO", "name": "Okänd typ"}"""), "type");
        expectFieldErrors(postAsWriter("""
                {"type": "OTHER", "name": "Många", "population": "many"}"""), "population");
        expectFieldErrors(postAsWriter("""
                {"type": "OTHER", "name": "Stor", "population": 99999999999999}"""), "population");
        expectFieldErrors(postAsWriter("{\"type\": "), "body");
        expectFieldErrors(postAsWriter(""), "body");
    }

    @Test
    void refusesDuplicates() throws Exception {
        postAsWriter("""
                {"type": "MUNICIPALITY", "name": "MORA"}""")
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409));
        postAsWriter("""
                {"type": "MUNICIPALITY", "name": "Nya Mora", "municipalityCode": "2062"}""")
                .andExpect(status().isConflict());
    }

    private ResultActions postAsWriter(String json) throws Exception {
        return mvc.perform(bearer(post(ORGANISATIONS), writeToken()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static void expectFieldErrors(ResultActions result, String... fields) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", hasItems(fields)))
                .andExpect(jsonPath("$.errors[*].message", everyItem(notNullValue())));
    }

}
