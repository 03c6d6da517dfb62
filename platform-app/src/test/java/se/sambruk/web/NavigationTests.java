package se.sambruk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import se.sambruk.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The navigation model: a link is shown only where it opens for the user; never a link to a refusal. */
class NavigationTests extends PlatformTest {

    private String page(String path, Cookie session) throws Exception {
        var request = get(path);
        if (session != null) {
            request = request.cookie(session);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> links(String html, String prefix) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "[^\"?#]*)\"").matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void aUserWhoseOrganisationUsesNoServiceSeesNoCouncils() throws Exception {
        Cookie kiruna = login("kiruna");
        String home = page("/", kiruna);
        assertThat(links(home, "/councils")).isEmpty();
        // the list itself, typed in, names the councils without a single link to one
        assertThat(links(page("/councils", kiruna), "/councils/")).isEmpty();
    }

    @Test
    void theCouncilsListLinksExactlyTheCouncilsThatOpen() throws Exception {
        for (String user : List.of("ale", "kiruna", "admin")) {
            Cookie session = login(user);
            String list = page("/councils", session);
            List<String> linked = links(list, "/councils/");
            for (String code : List.of("bibblix", "egil", "fixamingata", "multifraga", "provisum", "tillarbetslivet", "uka")) {
                int expected = linked.contains("/councils/" + code) ? 200 : 403;
                assertThat(mvc.perform(get("/councils/" + code).cookie(session)).andReturn().getResponse().getStatus())
                        .as("%s opening the council of %s", user, code).isEqualTo(expected);
            }
        }
        assertThat(links(page("/councils", login("admin")), "/councils/")).hasSize(7);
    }

    @Test
    void anonymousVisitorsFindMembershipTheServicesPublicPagesAndTheApiPage() throws Exception {
        String home = page("/", null);
        assertThat(links(home, "/membership")).contains("/membership");
        assertThat(links(home, "/fixamingata")).contains("/fixamingata");
        assertThat(links(home, "/developers")).contains("/developers");
        assertThat(links(home, "/swagger-ui")).isEmpty();
        assertThat(links(page("/services/fixamingata", null), "/fixamingata")).contains("/fixamingata");
        String join = page("/membership", null);
        assertThat(join).contains("id=\"fee-bands\"", "href=\"/membership/apply\"", "Insats", "Årsavgift");
        assertThat(page("/developers", null)).contains("href=\"/v3/api-docs\"", "href=\"/swagger-ui.html\"");
    }

    @Test
    void signedInUsersAreNotOfferedMembership() throws Exception {
        assertThat(links(page("/", login("ale")), "/membership")).doesNotContain("/membership");
    }
}
