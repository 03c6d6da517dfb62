package se.sambruk.membership;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.security.AppUsers;
import se.sambruk.core.security.UserAccounts;

/** What the membership tests share: users of chosen organisations, made on first use. */
abstract class MembershipTestSupport extends PlatformTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Autowired
    UserAccounts accounts;
    @Autowired
    AppUsers users;

    /** Signs in a user of the organisation with the roles, created the first time. */
    Cookie userOf(String username, String organisation, String... roles) throws Exception {
        synchronized (MembershipTestSupport.class) {
            if (!users.existsByUsernameIgnoreCase(username)) {
                accounts.createUser(username, "Test " + username, username + "@test.sambruk.se", organisationId(organisation),
                        Set.of(roles), DEMO_PASSWORD);
            }
        }
        return login(username);
    }

    /** The page's text with HTML entities decoded (Thymeleaf writes å, ä, ö in attributes as entities). */
    static org.hamcrest.Matcher<String> page(org.hamcrest.Matcher<String> matcher) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String html) {
                return matcher.matches(org.springframework.web.util.HtmlUtils.htmlUnescape(html));
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("unescaped page ").appendDescriptionOf(matcher);
            }
        };
    }

    /** The text of the table cell of the goal's figure on the dashboard. */
    static String goalFigure(String html, String goal) {
        var matcher = java.util.regex.Pattern.compile("<tr id=\"goal-" + goal + "\">\\s*<th[^>]*>[^<]*</th>\\s*<td[^>]*>([^<]*)</td>\\s*<td[^>]*>([^<]*)</td>")
                .matcher(html);
        return matcher.find() ? matcher.group(1) + "|" + matcher.group(2) : "no goal " + goal;
    }

    String memberStatus(String organisation) {
        return jdbc.queryForList("select status from core.member where organisation_id = ?", String.class, organisationId(organisation))
                .stream().findFirst().orElse("NONE");
    }
}
