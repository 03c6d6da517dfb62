package se.sambruk.fixamingata;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import se.sambruk.fixamingata.Open311Schemas.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/** The conformance checks bite: the answers the server gave before issue 23 fail them, the standard's own examples pass. */
class Open311SchemasTests {

    static byte[] b(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theStandardsExamplesPass() {
        assertThat(Open311Schemas.problems(Kind.SERVICE_DEFINITION, true, b("""
                <?xml version="1.0" encoding="utf-8"?><service_definition><service_code>DMV66</service_code><attributes><attribute>
                <variable>true</variable><code>WHISHETN</code><datatype>singlevaluelist</datatype><required>true</required>
                <datatype_description></datatype_description><order>1</order><description>What is the ticket/tag/DL number?</description>
                <values><value><key>123</key><name>Ford</name></value></values></attribute></attributes></service_definition>"""))).isEmpty();
        assertThat(Open311Schemas.problems(Kind.ERRORS, true, b("<errors><error><code>403</code><description>Invalid api_key received</description></error></errors>")))
                .isEmpty();
        assertThat(Open311Schemas.problems(Kind.REQUESTS, false, b("""
                [{"service_request_id":"638344","status":"closed","status_notes":"Duplicate request.","service_name":"Sidewalk and Curb Issues",
                  "service_code":"006","description":null,"agency_responsible":null,"service_notice":null,
                  "requested_datetime":"2010-04-14T06:37:38-08:00","updated_datetime":"2010-04-14T06:37:38-08:00","expected_datetime":"2010-04-15T06:37:38-08:00",
                  "address":"8TH AVE and JUDAH ST","address_id":"545483","zipcode":94122,"lat":37.762221815,"long":-122.4651145,
                  "media_url":"http://city.gov.s3.amazonaws.com/requests/media/638344.jpg"}]""")))
                .containsExactly("$[0].zipcode: expected string, got 94122");
    }

    @Test
    void theOldAnswersFail() {
        // the double root and the JSON array of one definition
        assertThat(Open311Schemas.problems(Kind.SERVICE_DEFINITION, true, b(
                "<service_definition><service_definition><service_code>2</service_code><attributes></attributes></service_definition></service_definition>")))
                .isNotEmpty();
        assertThat(Open311Schemas.problems(Kind.SERVICE_DEFINITION, false, b("[{\"service_code\":\"2\",\"attributes\":[]}]"))).isNotEmpty();
        // description before code in errors
        assertThat(Open311Schemas.problems(Kind.ERRORS, true, b("<errors><error><description>x</description><code>400</code></error></errors>")))
                .isNotEmpty();
        // Spring's own error body and a problem document
        assertThat(Open311Schemas.problems(Kind.ERRORS, false, b("{\"timestamp\":\"2026-12-07T00:00:00Z\",\"status\":500,\"error\":\"Internal Server Error\"}")))
                .isNotEmpty();
        assertThat(Open311Schemas.problems(Kind.ERRORS, false, b("{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405}")))
                .isNotEmpty();
        // the non-standard title, and a status outside the standard's two in requests
        assertThat(Open311Schemas.problems(Kind.REQUESTS, true, b("""
                <service_requests><request><service_request_id>1</service_request_id><status>open</status><status_notes></status_notes>
                <service_name>Klotter</service_name><service_code>2</service_code><title>Klotter</title><description>x</description>
                <requested_datetime>2026-12-07T08:00:00+01:00</requested_datetime><lat>57.9</lat><long>12.1</long></request></service_requests>""")))
                .isNotEmpty();
        assertThat(Open311Schemas.problems(Kind.REQUESTS, false, b("""
                [{"service_request_id":"1","status":"in_progress","service_name":"Klotter","service_code":"2",
                  "requested_datetime":"2026-12-07T08:00:00+01:00","lat":57.9,"long":12.1,"title":"Klotter"}]""")))
                .hasSize(2);
        // an updates feed without its media_url, with an unknown status
        assertThat(Open311Schemas.problems(Kind.UPDATES, false, b("""
                [{"update_id":"1","service_request_id":"1","status":"progressing","updated_datetime":"2026-12-07T08:00:00+01:00","description":""}]""")))
                .hasSize(2);
    }
}
