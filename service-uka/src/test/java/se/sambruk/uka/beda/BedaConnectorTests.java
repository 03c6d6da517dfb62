package se.sambruk.uka.beda;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.core.http.OutgoingUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The BEDA connector against the local fake: found, not found, refusals with error bodies, server errors, slowness, odd answers. */
class BedaConnectorTests {

    static final PersonalIdentityNumber EXAMEN = new PersonalIdentityNumber("200805101235");
    static final PersonalIdentityNumber STUDIEBEVIS = new PersonalIdentityNumber("200806152385");
    static final PersonalIdentityNumber NOBODY = new PersonalIdentityNumber("200901012385");

    FakeBedaServer beda;
    BedaConnector connector;

    @BeforeEach
    void start() throws Exception {
        beda = new FakeBedaServer();
        beda.merit(EXAMEN.value(), "STUDIEBEVIS", "2025-06-13", "Introduktionsprogram");
        beda.merit(EXAMEN.value(), "YRKESEXAMEN", "2026-06-12", "Bygg- och anläggningsprogrammet");
        beda.merit(STUDIEBEVIS.value(), "STUDIEBEVIS", "2026-06-12", "Ekonomiprogrammet");
        connector = new BedaConnector(new OutgoingUrls(List.of(URI.create(beda.baseUrl()).getAuthority())), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        beda.close();
    }

    BedaConnector.Answer ask(PersonalIdentityNumber pnr) {
        return connector.check(beda.baseUrl(), FakeBedaServer.KEY, pnr);
    }

    @Test
    void anExamenIsDecisiveOverAStudiebevis() {
        var answer = ask(EXAMEN);
        assertThat(answer.found()).isTrue();
        assertThat(answer.decisive().orElseThrow()).isEqualTo(new BedaConnector.Merit("YRKESEXAMEN", LocalDate.of(2026, 6, 12),
                "Bygg- och anläggningsprogrammet"));
        assertThat(answer.decisive().orElseThrow().kind()).isEqualTo(BedaConnector.Kind.EXAMEN);
        // the number travels in the body, never in the address
        assertThat(beda.requests().get(0)).contains(EXAMEN.value());
        assertThat(ask(STUDIEBEVIS).decisive().orElseThrow().kind()).isEqualTo(BedaConnector.Kind.STUDIEBEVIS);
    }

    @Test
    void notInBedaIsAnAnswerNotAFailure() {
        var answer = ask(NOBODY);
        assertThat(answer.found()).isFalse();
        assertThat(answer.decisive()).isEmpty();
    }

    @Test
    void refusalsAndServerErrorsAreFailuresWithASafeReason() {
        assertThatThrownBy(() -> connector.check(beda.baseUrl(), "fel-nyckel", EXAMEN)).isInstanceOf(BedaConnector.Failure.class)
                .hasMessage("HTTP 401 (Unauthorized): OGILTIG_NYCKEL");
        beda.failWith(400, "{\"kod\":\"OGILTIGT_PERSONNUMMER\",\"meddelande\":\"internt: 10.1.1.1\"}");
        assertThatThrownBy(() -> ask(EXAMEN)).hasMessage("HTTP 400 (Bad Request): OGILTIGT_PERSONNUMMER");
        beda.failWith(503, "<html>Service Unavailable at backend-7.internal</html>");
        assertThatThrownBy(() -> ask(EXAMEN)).isInstanceOf(BedaConnector.Failure.class).hasMessage("HTTP 503 (Service Unavailable)");
        // a 404 that is not BEDA's "no merits" (a wrong address) is not "not found"
        beda.failWith(0, null);
        assertThatThrownBy(() -> connector.check(beda.baseUrl() + "/fel", FakeBedaServer.KEY, EXAMEN)).hasMessage("HTTP 404 (Not Found)");
    }

    @Test
    void answersThatAreNotTheContractAreFailures() {
        beda.answerRaw("<html>Välkommen</html>");
        assertThatThrownBy(() -> ask(EXAMEN)).hasMessage("BEDA gav ett svar som inte gick att läsa.");
        beda.answerRaw("{\"personnummer\":\"" + NOBODY.value() + "\",\"meriter\":[]}");
        assertThatThrownBy(() -> ask(EXAMEN)).as("an answer about someone else").hasMessage("BEDA gav ett svar som inte gick att läsa.");
        beda.answerRaw("{\"personnummer\":\"" + EXAMEN.value() + "\",\"meriter\":[{\"typ\":\"YRKESEXAMEN\",\"utfardad\":\"i juni\"}]}");
        assertThatThrownBy(() -> ask(EXAMEN)).hasMessage("BEDA gav ett svar som inte gick att läsa.");
    }

    @Test
    void aSlowAnswerPastTheTimeLimitIsAFailure() {
        ask(NOBODY); // warm: the first call of a cold JVM may take a while
        BedaConnector impatient = new BedaConnector(new OutgoingUrls(List.of(URI.create(beda.baseUrl()).getAuthority())), Duration.ofMillis(400));
        beda.slow(Duration.ofMillis(2000));
        assertThatThrownBy(() -> impatient.check(beda.baseUrl(), FakeBedaServer.KEY, EXAMEN)).isInstanceOf(BedaConnector.Failure.class).hasMessage("Servern svarade inte i tid.");
    }

    @Test
    void theOutgoingUrlGuardRefusesAnInternalAddressBeforeAnythingIsSent() {
        BedaConnector guarded = new BedaConnector(new OutgoingUrls(List.of()), Duration.ofSeconds(1));
        assertThatThrownBy(() -> guarded.check(beda.baseUrl(), FakeBedaServer.KEY, EXAMEN)).isInstanceOf(BedaConnector.Failure.class)
                .hasMessageContaining("internt nät");
        assertThat(beda.requests()).isEmpty();
    }
}
