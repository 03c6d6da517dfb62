package se.sambruk.core.security;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeaderFirewallTest {

    /** Spring Security's default rule for header names and values and parameter names. */
    private static final Pattern DEFAULT_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void acceptsAndRefusesExactlyWhatTheDefaultRegularExpressionDoes() {
        List<String> values = List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJl", "text/html; q=0.9",
                "Malmö Åre Älvdalen", "tab\there", "new\nline", "nul\0", "del\u007f", "c1\u0085", "emoji 😀",
                "unassigned \u0378", "lone surrogate \ud800", "private use \ue000", "zero width \u200b", "bom \ufeff");
        for (String value : values) {
            assertThat(HeaderFirewall.assignedAndNotControl(value)).as(value).isEqualTo(DEFAULT_RULE.matcher(value).matches());
        }
    }

    @Test
    void theFirewallRefusesAControlCharacterInAHeader() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/organisations");
        request.addHeader("X-Test", "bad\u0007value");
        var firewalled = HeaderFirewall.strict().getFirewalledRequest(request);
        assertThatThrownBy(() -> firewalled.getHeader("X-Test")).isInstanceOf(RequestRejectedException.class);
    }
}
