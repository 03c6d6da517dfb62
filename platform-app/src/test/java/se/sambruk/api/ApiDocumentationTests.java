package se.sambruk.api;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiDocumentationTests extends ApiTestSupport {

    @Test
    void describesTheApiWithItsSecurity() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().string(containsString("/api/v1/organisations")))
                .andExpect(jsonPath("$.info.title").value("Sambruk Platform API"))
                .andExpect(jsonPath("$.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl").value("/oauth2/token"))
                .andExpect(jsonPath("$.paths['/api/v1/subscriptions'].get").exists());
    }
}
