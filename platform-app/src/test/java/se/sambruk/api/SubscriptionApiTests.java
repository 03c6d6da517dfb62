package se.sambruk.api;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SubscriptionApiTests extends ApiTestSupport {

    @Test
    void listsASubscriptionWithTheMunicipalitiesItCovers() throws Exception {
        getWith(readToken(), "/api/v1/subscriptions?service=provisum")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].serviceCode", everyItem(is("provisum"))))
                .andExpect(jsonPath("$[?(@.organisationName == 'Mora')].covers[*].name",
                        containsInAnyOrder("Leksand", "Orsa", "Rättvik", "Vansbro", "Älvdalen")));
    }

    @Test
    void filtersByServiceAndOrganisation() throws Exception {
        long mora = organisations.findByNameIgnoreCase("Mora").orElseThrow().getId();
        getWith(readToken(), "/api/v1/subscriptions?service=provisum&organisation={id}", mora)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].organisationId").value(mora));
        getWith(readToken(), "/api/v1/subscriptions?organisation={id}", mora)
                .andExpect(jsonPath("$[*].organisationName", everyItem(is("Mora"))));
    }

    @Test
    void rejectsUnknownServicesAndBadOrganisationIds() throws Exception {
        OrganisationApiTests.expectFieldErrors(getWith(readToken(), "/api/v1/subscriptions?service=nosuchservice"), "service");
        OrganisationApiTests.expectFieldErrors(
                mvc.perform(bearer(get("/api/v1/subscriptions"), readToken()).param("service", "x".repeat(10_000))), "service");
        OrganisationApiTests.expectFieldErrors(getWith(readToken(), "/api/v1/subscriptions?organisation=abc"), "organisation");
    }

    @Test
    void needsAToken() throws Exception {
        mvc.perform(get("/api/v1/subscriptions")).andExpect(status().isUnauthorized());
    }
}
