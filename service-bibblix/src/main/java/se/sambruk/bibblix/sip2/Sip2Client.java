package se.sambruk.bibblix.sip2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a library card and PIN against a library system over SIP2, as self-service machines do:
 * one connection per check (plain TCP or TLS), Login (93/94) when the library gives us an
 * account, then Patron Information (63/64). A timeout covers connecting and every read. The card
 * number and PIN are never logged.
 */
public class Sip2Client {

    private static final Logger log = LoggerFactory.getLogger(Sip2Client.class);
    private static final int MAX_MESSAGE = 4096;

    private final Clock clock;
    private final SSLSocketFactory tlsSockets;

    public Sip2Client(Clock clock) {
        this(clock, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    public Sip2Client(Clock clock, SSLSocketFactory tlsSockets) {
        this.clock = clock;
        this.tlsSockets = tlsSockets;
    }

    public CardCheck check(Sip2Settings settings, String card, String pin) {
        return check(settings, new InetSocketAddress(settings.host(), settings.port()), card, pin);
    }

    /**
     * The check over a connection to {@code target}, the address the outgoing-address guard
     * resolved and checked ({@code OutgoingUrls.resolve}): the host name is not looked up again,
     * so a name that has come to point inside meanwhile is not followed; TLS still verifies the
     * server's certificate against the host name.
     */
    public CardCheck check(Sip2Settings settings, InetSocketAddress target, String card, String pin) {
        try (Socket socket = open(settings, target)) {
            int timeout = (int) settings.timeout().toMillis();
            socket.setSoTimeout(timeout);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            int sequence = 0;
            if (settings.loginUser() != null && !settings.loginUser().isBlank()) {
                Sip2Message answer = exchange(out, in, Sip2Message.login(settings.loginUser(), settings.loginPassword(), settings.locationCode()),
                        settings.errorDetection() ? sequence++ : null, "94");
                if (!answer.fixed().startsWith("1")) {
                    log.warn("SIP2 login refused by {}", settings);
                    return CardCheck.UNAVAILABLE;
                }
            }
            Sip2Message answer = exchange(out, in, Sip2Message.patronInformation(settings.institutionId(), card, pin, LocalDateTime.now(clock)),
                    settings.errorDetection() ? sequence : null, "64");
            return interpret(answer);
        } catch (SocketTimeoutException e) {
            log.warn("SIP2 server {} did not answer within {}", settings, settings.timeout());
            return CardCheck.UNAVAILABLE;
        } catch (IOException | Sip2Exception e) {
            log.warn("SIP2 check against {} failed: {}", settings, e.getMessage());
            return CardCheck.UNAVAILABLE;
        }
    }

    /** The 64 answer: BL (valid patron), CQ (valid patron password), and the first patron-status flag (charge privileges denied). */
    static CardCheck interpret(Sip2Message answer) {
        if (!"Y".equals(answer.field("BL").orElse("N"))) {
            return CardCheck.UNKNOWN_CARD;
        }
        if (!"Y".equals(answer.field("CQ").orElse("N"))) {
            return CardCheck.WRONG_PIN;
        }
        return answer.fixed().charAt(0) == 'Y' ? CardCheck.BLOCKED : CardCheck.VALID;
    }

    private Socket open(Sip2Settings settings, InetSocketAddress target) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(target, (int) settings.timeout().toMillis());
            if (!settings.tls()) {
                return socket;
            }
            SSLSocket tls = (SSLSocket) tlsSockets.createSocket(socket, settings.host(), settings.port(), true);
            var parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            tls.setSSLParameters(parameters);
            tls.setSoTimeout((int) settings.timeout().toMillis());
            tls.startHandshake();
            return tls;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static Sip2Message exchange(OutputStream out, BufferedReader in, Sip2Message request, Integer sequence, String expected)
            throws IOException {
        out.write((request.encode(sequence) + "\r").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String line = readMessage(in);
        if (sequence != null && !Sip2Message.checksumOk(line)) {
            throw new Sip2Exception("checksum error in the answer");
        }
        Sip2Message answer = Sip2Message.parse(line);
        if (!expected.equals(answer.command())) {
            throw new Sip2Exception("expected " + expected + " but got " + answer.command());
        }
        if (sequence != null && answer.field("AY").isPresent() && !answer.field("AY").get().equals(String.valueOf(sequence % 10))) {
            throw new Sip2Exception("the answer's sequence number does not match");
        }
        return answer;
    }

    /** One message up to the carriage return (a line feed after it is tolerated). */
    private static String readMessage(BufferedReader in) throws IOException {
        StringBuilder message = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\r') {
                return message.toString();
            }
            if (c == '\n' && message.isEmpty()) {
                continue;
            }
            message.append((char) c);
            if (message.length() > MAX_MESSAGE) {
                throw new Sip2Exception("answer too long");
            }
        }
        throw new Sip2Exception("the server closed the connection");
    }
}
