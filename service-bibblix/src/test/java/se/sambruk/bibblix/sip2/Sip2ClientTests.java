package se.sambruk.bibblix.sip2;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SIP2 client against the local fake that answers as Koha's and Quria's SIP servers do. */
class Sip2ClientTests {

    static Sip2FakeServer plain;
    static Sip2FakeServer withLogin;
    final Sip2Client client = new Sip2Client(Clock.systemUTC());

    @BeforeAll
    static void start() {
        plain = new Sip2FakeServer().slowAnswer(1500).card("1001", "1234").blockedCard("1009", "1234")
                .card(Sip2FakeServer.SLOW_CARD, "1234").card(Sip2FakeServer.GARBLED_CARD, "1234").card(Sip2FakeServer.CLOSING_CARD, "1234");
        withLogin = new Sip2FakeServer().card("2001", "9876").requireLogin("sc-user", "sc-secret");
    }

    @AfterAll
    static void stop() {
        plain.close();
        withLogin.close();
    }

    Sip2Settings settings(Sip2FakeServer server, String user, String password, boolean errorDetection) {
        return new Sip2Settings("127.0.0.1", server.port(), false, "MAIN", user, password, null, errorDetection, Duration.ofMillis(800));
    }

    @Test
    void theConnectionGoesToTheAddressTheGuardCheckedWithoutLookingTheNameUpAgain() {
        // a name that does not resolve: the check succeeds only if the client connects to the address it was given
        Sip2Settings named = new Sip2Settings("sip2.bibliotek.invalid", plain.port(), false, "MAIN", null, null, null, false, Duration.ofMillis(800));
        assertThat(client.check(named, new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), plain.port()), "1001", "1234"))
                .isEqualTo(CardCheck.VALID);
    }

    @Test
    void aValidCardAndPinAreValid() {
        assertThat(client.check(settings(plain, null, null, false), "1001", "1234")).isEqualTo(CardCheck.VALID);
        assertThat(client.check(settings(plain, null, null, true), "1001", "1234")).isEqualTo(CardCheck.VALID);
    }

    @Test
    void aWrongPinGivesCqnAndAnUnknownCardBln() {
        assertThat(client.check(settings(plain, null, null, false), "1001", "0000")).isEqualTo(CardCheck.WRONG_PIN);
        assertThat(client.check(settings(plain, null, null, true), "5555", "1234")).isEqualTo(CardCheck.UNKNOWN_CARD);
    }

    @Test
    void aBarredCardIsBlocked() {
        assertThat(client.check(settings(plain, null, null, false), "1009", "1234")).isEqualTo(CardCheck.BLOCKED);
    }

    @Test
    void aSlowAnswerAGarbledAnswerAndAClosedConnectionAreUnavailable() {
        long started = System.nanoTime();
        assertThat(client.check(settings(plain, null, null, false), Sip2FakeServer.SLOW_CARD, "1234")).isEqualTo(CardCheck.UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1400));
        assertThat(client.check(settings(plain, null, null, true), Sip2FakeServer.GARBLED_CARD, "1234")).isEqualTo(CardCheck.UNAVAILABLE);
        assertThat(client.check(settings(plain, null, null, false), Sip2FakeServer.GARBLED_CARD, "1234")).isEqualTo(CardCheck.UNAVAILABLE);
        assertThat(client.check(settings(plain, null, null, false), Sip2FakeServer.CLOSING_CARD, "1234")).isEqualTo(CardCheck.UNAVAILABLE);
    }

    @Test
    void nobodyListeningIsUnavailable() {
        Sip2FakeServer gone = new Sip2FakeServer();
        int port = gone.port();
        gone.close();
        assertThat(client.check(new Sip2Settings("127.0.0.1", port, false, "MAIN", null, null, null, false, Duration.ofMillis(500)), "1001", "1234"))
                .isEqualTo(CardCheck.UNAVAILABLE);
    }

    @Test
    void aServerThatDemandsLoginGetsLogin93First() {
        assertThat(client.check(settings(withLogin, "sc-user", "sc-secret", true), "2001", "9876")).isEqualTo(CardCheck.VALID);
        assertThat(client.check(settings(withLogin, "sc-user", "wrong", false), "2001", "9876")).isEqualTo(CardCheck.UNAVAILABLE);
        assertThat(client.check(settings(withLogin, null, null, false), "2001", "9876")).isEqualTo(CardCheck.UNAVAILABLE);
    }

    @Test
    void theTlsSettingWrapsTheConnectionSoAPlainServerFailsTheHandshake() {
        Sip2Settings tls = new Sip2Settings("127.0.0.1", plain.port(), true, "MAIN", null, null, null, false, Duration.ofMillis(800));
        assertThat(client.check(tls, "1001", "1234")).isEqualTo(CardCheck.UNAVAILABLE);
    }

    @Test
    void theChecksumIsTheTwosComplementOfTheSum() {
        // a message from the 3M specification's examples of error detection
        String message = "09N19980821    085721APCertification Terminal Location|AOCertification Institute ID|ABCheckInBook|ACTPWord|BIN|AY2AZ";
        String checksum = Sip2Message.checksum(message);
        int sum = message.chars().sum() + Integer.parseInt(checksum, 16);
        assertThat(sum & 0xFFFF).isZero();
        assertThat(Sip2Message.checksumOk(message + checksum)).isTrue();
        assertThat(Sip2Message.checksumOk(message + "0000")).isFalse();
    }

    @Test
    void anAnswerIsParsedIntoFixedAndVariableFields() {
        String fixed = "  Y           " + "000" + "20261207    101010" + "0000".repeat(6);
        Sip2Message answer = Sip2Message.parse("64" + fixed + "AOMAIN|AA1001|AEDemo|BLY|CQN|AY1AZABCD");
        assertThat(answer.field("BL")).contains("Y");
        assertThat(answer.field("CQ")).contains("N");
        assertThat(answer.field("AY")).contains("1");
        assertThat(Sip2Client.interpret(answer)).isEqualTo(CardCheck.WRONG_PIN);
        assertThatThrownBy(() -> Sip2Message.parse("64short")).isInstanceOf(Sip2Exception.class);
        assertThatThrownBy(() -> Sip2Message.parse("xx")).isInstanceOf(Sip2Exception.class);
    }

    @Test
    void fieldValuesCannotBreakTheMessage() {
        Sip2Message request = Sip2Message.patronInformation("MAIN", "10|01\r", "12|34", java.time.LocalDateTime.of(2026, 12, 7, 10, 0));
        String wire = request.encode(3);
        assertThat(wire).startsWith("63000" + "20261207    100000").contains("AA1001|").contains("AD1234|").endsWith(wire.substring(wire.length() - 4));
        assertThat(Sip2Message.checksumOk(wire)).isTrue();
    }
}
