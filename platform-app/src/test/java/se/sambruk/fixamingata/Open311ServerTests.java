package se.sambruk.fixamingata;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.fixamingata.report.Categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/** The Open311 GeoReport v2 server, as the specification's examples use it, in XML and JSON, and its errors. */
class Open311ServerTests extends PlatformTest {

    static final String APP_KEY = "fmg-demo-app-key", ALE_BACKEND_KEY = "fmg-demo-ale-backend-key";

    @Autowired
    Categories categories;

    String serviceCode(String name) {
        return String.valueOf(categories.all(organisationId("Ale")).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id());
    }

    @Test
    void discoveryAndServicesInXmlAndJson() throws Exception {
        mvc.perform(get("/open311/v2/discovery.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"));
        mvc.perform(get("/open311/v2/discovery.xml")).andExpect(status().isOk())
                .andExpect(xpath("/discovery/endpoints/endpoint/formats/format[1]").string("text/xml"));
        mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", "1440")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_code").exists())
                .andExpect(jsonPath("$[?(@.service_name == 'Klotter')].type").value(org.hamcrest.Matchers.contains("realtime")));
        mvc.perform(get("/open311/v2/services.xml").param("jurisdiction_id", "1440")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/xml"))
                .andExpect(xpath("/services/service[service_name='Klotter']/metadata").string("false"));
        mvc.perform(get("/open311/v2/services/" + serviceCode("Klotter") + ".xml").param("jurisdiction_id", "1440")).andExpect(status().isOk())
                .andExpect(xpath("/service_definition/service_code").string(serviceCode("Klotter")))
                .andExpect(xpath("count(/service_definition/attributes/attribute)").number(0.0));
        mvc.perform(get("/open311/v2/services/" + serviceCode("Klotter") + ".json").param("jurisdiction_id", "1440")).andExpect(status().isOk())
                .andExpect(jsonPath("$.service_code").value(serviceCode("Klotter"))).andExpect(jsonPath("$.attributes").isEmpty());
    }

    @Test
    void anAppPostsARequestWithItsApiKeyAndReadsItBack() throws Exception {
        String created = mvc.perform(post("/open311/v2/requests.json").param("api_key", APP_KEY).param("jurisdiction_id", "1440")
                        .param("service_code", serviceCode("Nedskräpning")).param("lat", "57.961").param("long", "12.151")
                        .param("description", "Soppåsar dumpade vid busskuren").param("email", "app@example.se").param("first_name", "Appa"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$[0].service_request_id").exists())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$[0].service_request_id");
        mvc.perform(get("/open311/v2/requests/" + id + ".json").param("jurisdiction_id", "1440")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].service_name").value("Nedskräpning"))
                .andExpect(jsonPath("$[0].description").value("Soppåsar dumpade vid busskuren"))
                .andExpect(jsonPath("$[0].requested_datetime").value(startsWith("20")))
                .andExpect(jsonPath("$[0].long").value(12.151));
        mvc.perform(get("/open311/v2/requests/" + id + ".xml").param("jurisdiction_id", "1440")).andExpect(status().isOk())
                .andExpect(xpath("/service_requests/request/service_request_id").string(id))
                .andExpect(xpath("/service_requests/request/status").string("open"));
        mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "1440").param("status", "open")
                        .param("service_code", serviceCode("Nedskräpning")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.service_request_id == '" + id + "')]").exists());
        mvc.perform(get("/open311/v2/requests.xml").param("jurisdiction_id", "1440").param("service_request_id", id + ",1"))
                .andExpect(status().isOk()).andExpect(xpath("/service_requests/request[service_request_id='" + id + "']").exists());

        // Ale's back-end pushes an update; the same update_id again is refused; the resident sees it
        mvc.perform(post("/open311/v2/servicerequestupdates.json").param("api_key", ALE_BACKEND_KEY).param("service_request_id", id)
                        .param("update_id", "ALE-77").param("status", "closed").param("description", "Upplockat."))
                .andExpect(status().isOk());
        mvc.perform(post("/open311/v2/servicerequestupdates.json").param("api_key", ALE_BACKEND_KEY).param("service_request_id", id)
                        .param("update_id", "ALE-77").param("status", "closed").param("description", "Upplockat."))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").value(containsString("already received")));
        mvc.perform(get("/fixamingata/rapporter/" + id)).andExpect(content().string(containsString("Upplockat.")));
        mvc.perform(get("/open311/v2/servicerequestupdates.xml").param("jurisdiction_id", "1440")).andExpect(status().isOk())
                .andExpect(xpath("/service_request_updates/request_update[service_request_id='" + id + "']/status").string("fixed"));
    }

    /** Issue 21: an address with a line break and a Bcc: line must never reach the mail; the web form's check applies. */
    @Test
    void anEmailAddressThatCouldSmuggleAHeaderIsRefused() throws Exception {
        int before = jdbc.queryForObject("select count(*) from fixamingata.report", Integer.class);
        for (String address : new String[]{"a@example.se\r\nBcc: victim@example.se", "a@example.se\nBcc:x@y.se", "a b@example.se", "@example.se",
                "a@localhost"}) {
            mvc.perform(post("/open311/v2/requests.json").param("api_key", APP_KEY).param("service_code", serviceCode("Klotter"))
                            .param("lat", "57.961").param("long", "12.151").param("description", "x").param("email", address))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].description").value("email is not an e-mail address"));
        }
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.report", Integer.class)).isEqualTo(before);
    }

    @Test
    void errorsComeInTheStandardFormat() throws Exception {
        int before = jdbc.queryForObject("select count(*) from fixamingata.report", Integer.class);
        mvc.perform(post("/open311/v2/requests.xml").param("jurisdiction_id", "1440").param("service_code", serviceCode("Klotter"))
                        .param("lat", "57.961").param("long", "12.151").param("description", "x").param("email", "a@example.se"))
                .andExpect(status().isForbidden()).andExpect(xpath("/errors/error/code").string("403"))
                .andExpect(xpath("/errors/error/description").string("Invalid api_key"));
        mvc.perform(post("/open311/v2/requests.json").param("api_key", "wrong").param("service_code", serviceCode("Klotter"))
                        .param("lat", "57.961").param("long", "12.151").param("description", "x").param("email", "a@example.se"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$[0].code").value(403));
        mvc.perform(post("/open311/v2/requests.json").param("api_key", APP_KEY).param("service_code", serviceCode("Klotter"))
                        .param("description", "x").param("email", "a@example.se"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].description").value("A location is required: lat and long, address_string or address_id"));
        mvc.perform(post("/open311/v2/requests.json").param("api_key", APP_KEY).param("lat", "57.961").param("long", "12.151")
                        .param("description", "x").param("email", "a@example.se"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].description").value("service_code is required"));
        mvc.perform(post("/open311/v2/requests.json").param("api_key", APP_KEY).param("service_code", "1").param("lat", "52.52")
                        .param("long", "13.40").param("description", "x").param("email", "a@example.se"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].description").value("The location is outside Sweden"));
        mvc.perform(post("/open311/v2/servicerequestupdates.json").param("api_key", APP_KEY).param("service_request_id", "1")
                        .param("update_id", "x").param("status", "closed"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.report", Integer.class)).isEqualTo(before);
        mvc.perform(get("/open311/v2/services.json")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(containsString("jurisdiction_id")));
        mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", "2584")).andExpect(status().isNotFound());
        mvc.perform(get("/open311/v2/requests/987654321.json").param("jurisdiction_id", "1440")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
        mvc.perform(get("/open311/v2/requests.csv").param("jurisdiction_id", "1440")).andExpect(status().isNotFound());
        mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "1440").param("start_date", "igår"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].description").value(containsString("W3C")));
    }
}
