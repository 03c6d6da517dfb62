package se.sambruk.core.geo;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sambruk.core.http.OutgoingUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NominatimGeocoderTests {

    HttpServer server;
    final AtomicInteger asked = new AtomicInteger();
    volatile String answer = "[]";

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/search", exchange -> {
            asked.incrementAndGet();
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    NominatimGeocoder geocoder(Duration minInterval) {
        return new NominatimGeocoder("http://127.0.0.1:" + server.getAddress().getPort() + "/", "test", Duration.ofSeconds(2), minInterval,
                new OutgoingUrls(List.of("127.0.0.1:" + server.getAddress().getPort())));
    }

    @Test
    void aGeocoderOnAnInternalAddressIsNotAskedUnlessTheOperatorAllowsIt() {
        NominatimGeocoder internal = new NominatimGeocoder("http://127.0.0.1:" + server.getAddress().getPort() + "/", "test",
                Duration.ofSeconds(2), Duration.ZERO, new OutgoingUrls(List.of()));
        assertThatThrownBy(() -> internal.search("Storgatan")).isInstanceOf(Geocoder.Unavailable.class)
                .hasMessageContaining("internt nät");
        assertThat(asked).hasValue(0);
    }

    @Test
    void readsPlacesAndSkipsThoseWithoutAPoint() throws Exception {
        answer = """
                [{"lat":"57.96","lon":"12.15","display_name":"Göteborgsvägen, Nödinge"},
                 {"lat":"inte","lon":"12.15","display_name":"Trasig"},
                 {"lat":57.88,"lon":12.03,"display_name":"Surte"},
                 {"lon":"12.0","display_name":"Utan lat"}]""";
        var places = geocoder(Duration.ZERO).search("Göteborgsvägen");
        assertThat(places).containsExactly(new Geocoder.Place("Göteborgsvägen, Nödinge", 57.96, 12.15), new Geocoder.Place("Surte", 57.88, 12.03));
    }

    @Test
    void asksAtMostOnceASecondAndAnswersRepeatsFromTheCache() throws Exception {
        NominatimGeocoder geocoder = geocoder(Duration.ofHours(1));
        geocoder.search("Storgatan 1");
        geocoder.search("  storgatan   1 ");
        assertThat(asked).hasValue(1);
        assertThatThrownBy(() -> geocoder.search("Kyrkvägen 2")).isInstanceOf(Geocoder.Unavailable.class);
        assertThat(asked).hasValue(1);
    }

    @Test
    void anEmptyUrlTurnsTheSearchOff() {
        NominatimGeocoder off = new NominatimGeocoder(" ", "test", Duration.ofSeconds(1), Duration.ZERO, new OutgoingUrls(List.of()));
        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> off.search("Storgatan")).isInstanceOf(Geocoder.Unavailable.class);
    }

    @Test
    void anAnswerThatIsNotJsonIsUnavailableNotACrash() {
        answer = "<html>fel</html>";
        assertThatThrownBy(() -> geocoder(Duration.ZERO).search("Storgatan")).isInstanceOf(Geocoder.Unavailable.class);
    }
}
