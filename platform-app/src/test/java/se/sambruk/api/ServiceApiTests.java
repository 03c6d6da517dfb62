package se.sambruk.api;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ServiceApiTests extends ApiTestSupport {

    @Test
    void listsTheSevenServices() throws Exception {
        getWith(readToken(), "/api/v1/services")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(7)))
                .andExpect(jsonPath("$[*].code", containsInAnyOrder(
                        "bibblix", "egil", "fixamingata", "multifraga", "provisum", "tillarbetslivet", "uka")));
    }

    @Test
    void showsOneServiceWithItsUsage() throws Exception {
        getWith(readToken(), "/api/v1/services/PROVISUM")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("provisum"))
                .andExpect(jsonPath("$.technicalManager").isNotEmpty())
                .andExpect(jsonPath("$.usage.organisations", greaterThan(0)))
                .andExpect(jsonPath("$.usage.municipalities", greaterThan(0)));
    }

    @Test
    void answersUnknownCodesWithNotFound() throws Exception {
        getWith(readToken(), "/api/v1/services/" + "x".repeat(200)).andExpect(status().isNotFound());
        getWith(readToken(), "/api/v1/services/nosuchservice")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }
}
