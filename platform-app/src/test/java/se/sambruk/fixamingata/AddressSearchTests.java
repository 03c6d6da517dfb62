package se.sambruk.fixamingata;

import org.junit.jupiter.api.Test;
import se.sambruk.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The address search on the report page, against a local Nominatim that answers in Nominatim's format. */
class AddressSearchTests extends PlatformTest {

    @Test
    void anAddressGivesPlacesThatContinueToTheReportFormWithThePointSet() throws Exception {
        mvc.perform(get("/fixamingata")).andExpect(status().isOk()).andExpect(content().string(containsString("action=\"/fixamingata/adress\"")));
        mvc.perform(get("/fixamingata/adress").param("q", "Göteborgsvägen 1, Nödinge")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Göteborgsvägen, Nödinge, Nödinge-Nol, Ale kommun")))
                .andExpect(content().string(containsString("Göteborgsvägen, Surte, Ale kommun")))
                .andExpect(content().string(containsString("/fixamingata/rapportera?lat=57.9604912&amp;lon=12.1503317")))
                .andExpect(content().string(containsString("/fixamingata/bevakningar/ny?lat=57.9604912&amp;lon=12.1503317")));
        var request = FakeNominatim.RECEIVED.stream().filter(r -> "Göteborgsvägen 1, Nödinge".equals(r.query().get("q"))).findFirst().orElseThrow();
        assertThat(request.query()).containsEntry("countrycodes", "se").containsEntry("format", "jsonv2").containsEntry("limit", "5");
        assertThat(request.userAgent()).startsWith("Sambruk-FixaMinGata");
        mvc.perform(get("/fixamingata/rapportera").param("lat", "57.9604912").param("lon", "12.1503317")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Beskriv felet")));
        // the same search again is answered from the cache
        int asked = FakeNominatim.RECEIVED.size();
        mvc.perform(get("/fixamingata/adress").param("q", "göteborgsvägen 1,  nödinge")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Surte")));
        assertThat(FakeNominatim.RECEIVED).hasSize(asked);
    }

    @Test
    void aGeocoderThatFailsOrIsSlowGivesAClearMessageNeverAnError() throws Exception {
        mvc.perform(get("/fixamingata/adress").param("q", "trasig gata 1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Adressökningen svarar inte just nu")))
                .andExpect(content().string(containsString("value=\"trasig gata 1\"")));
        mvc.perform(get("/fixamingata/adress").param("q", "långsam gata 2")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Adressökningen svarar inte just nu")));
        mvc.perform(get("/fixamingata/adress").param("q", "Ingenstans 99")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vi hittade ingen plats")));
        mvc.perform(get("/fixamingata/adress").param("q", " ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv en adress")));
        mvc.perform(get("/fixamingata/adress").param("q", "x".repeat(201))).andExpect(status().isOk())
                .andExpect(content().string(containsString("högst 200 tecken")));
        mvc.perform(get("/fixamingata/adress")).andExpect(status().isOk()).andExpect(content().string(containsString("Adress eller plats")));
    }
}
