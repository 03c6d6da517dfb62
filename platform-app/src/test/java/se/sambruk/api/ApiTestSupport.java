package se.sambruk.api;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.sambruk.PlatformTest;
import se.sambruk.core.organisation.Organisations;
import se.sambruk.core.security.ApiClients;
import se.sambruk.core.security.UserAccounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole application (see {@link PlatformTest}) with its real security: tokens come from the app's own
 * {@code /oauth2/token} endpoint with client credentials, as a municipal system gets them.
 */
abstract class ApiTestSupport extends PlatformTest {

    static final String READ = "register.read";
    static final String WRITE = "register.write";

    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiClients clients;
    @Autowired
    Organisations organisations;

    /** The demo client: register.read only. */
    String readToken() throws Exception {
        return token("demo-client", "demo-secret", READ);
    }

    String writeToken() throws Exception {
        return tokenForNewClient("api-test-writer", Set.of(READ, WRITE));
    }

    /** A client of Sambruk with the given scopes, registered on first use, and a token with all of them. */
    String tokenForNewClient(String clientId, Set<String> scopes) throws Exception {
        String secret = clientId + "-secret";
        synchronized (ApiTestSupport.class) {
            if (!clients.existsByClientId(clientId)) {
                long sambruk = organisations.findByNameIgnoreCase("Sambruk").orElseThrow().getId();
                accounts.registerClient(clientId, "Test client " + clientId, sambruk, scopes, secret);
            }
        }
        return token(clientId, secret, String.join(" ", scopes));
    }

    String token(String clientId, String secret, String scope) throws Exception {
        String response = mvc.perform(post("/oauth2/token").with(httpBasic(clientId, secret))
                        .param("grant_type", "client_credentials").param("scope", scope))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.access_token");
    }

    ResultActions getWith(String token, String url, Object... variables) throws Exception {
        return mvc.perform(bearer(get(url, variables), token));
    }

    static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
}
