package se.sambruk.bibblix.sip2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A FAKE library system for the demo and the tests, not a library: a local SIP2 server on
 * 127.0.0.1 that answers Login (93) and Patron Information (63) the way Koha's and Quria's SIP
 * servers do. A wrong PIN gives CQN, an unknown card BLN, a barred card a patron status that
 * denies charging. Three made-up cards misbehave on purpose: {@link #SLOW_CARD} answers after
 * {@link #slowAnswer}, {@link #GARBLED_CARD} gets bytes that are no SIP2, {@link #CLOSING_CARD}
 * has its connection closed. With a login user set, patron requests before a good login are
 * answered by closing the connection (as Koha does). Messages carrying AZ are checked and
 * answered with the sequence number and checksum.
 */
public class Sip2FakeServer implements AutoCloseable {

    public static final String SLOW_CARD = "9999000001";
    public static final String GARBLED_CARD = "9999000002";
    public static final String CLOSING_CARD = "9999000003";

    private static final Logger log = LoggerFactory.getLogger(Sip2FakeServer.class);

    private final Map<String, String> pins = new ConcurrentHashMap<>();
    private final Map<String, Boolean> blocked = new ConcurrentHashMap<>();
    private final ServerSocket server;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "sip2-fake");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String loginUser;
    private volatile String loginPassword;
    private volatile long slowAnswer = 3000;
    private volatile boolean closed;

    public Sip2FakeServer() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the SIP2 fake", e);
        }
        workers.submit(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    public Sip2FakeServer card(String card, String pin) {
        pins.put(card, pin);
        return this;
    }

    public Sip2FakeServer blockedCard(String card, String pin) {
        pins.put(card, pin);
        blocked.put(card, true);
        return this;
    }

    /** Demands Login (93) with this account before anything else. */
    public Sip2FakeServer requireLogin(String user, String password) {
        this.loginUser = user;
        this.loginPassword = password;
        return this;
    }

    public Sip2FakeServer slowAnswer(long millis) {
        this.slowAnswer = millis;
        return this;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                workers.submit(() -> serve(socket));
            } catch (IOException e) {
                if (!closed) {
                    log.warn("SIP2 fake: {}", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(30_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            boolean loggedIn = loginUser == null;
            StringBuilder message = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    continue;
                }
                if (c != '\r') {
                    message.append((char) c);
                    continue;
                }
                String text = message.toString();
                message.setLength(0);
                boolean checked = text.contains("AZ");
                if (checked && !Sip2Message.checksumOk(text)) {
                    write(out, "96", false, null);
                    continue;
                }
                Sip2Message request;
                try {
                    request = Sip2Message.parse(text);
                } catch (Sip2Exception e) {
                    write(out, "96", false, null);
                    continue;
                }
                String sequence = request.field("AY").orElse(null);
                if ("93".equals(request.command())) {
                    loggedIn = loginUser != null && loginUser.equals(request.field("CN").orElse(null))
                            && loginPassword.equals(request.field("CO").orElse(null));
                    write(out, "94" + (loggedIn ? "1" : "0"), checked, sequence);
                } else if ("63".equals(request.command())) {
                    if (!loggedIn) {
                        return;
                    }
                    String card = request.field("AA").orElse("");
                    switch (card) {
                        case SLOW_CARD -> sleep(slowAnswer);
                        case GARBLED_CARD -> {
                            out.write("\u0000\u00ff#?garbled#\r".getBytes(StandardCharsets.ISO_8859_1));
                            out.flush();
                            continue;
                        }
                        case CLOSING_CARD -> {
                            return;
                        }
                        default -> { }
                    }
                    write(out, patronInformation(request, card), checked, sequence);
                } else {
                    write(out, "96", false, null);
                }
            }
        } catch (SocketException e) {
            // the client went away
        } catch (IOException e) {
            log.debug("SIP2 fake connection: {}", e.getMessage());
        }
    }

    private String patronInformation(Sip2Message request, String card) {
        String pin = pins.get(card);
        boolean known = pin != null;
        boolean pinOk = known && pin.equals(request.field("AD").orElse(null));
        String status = (known && blocked.getOrDefault(card, false) ? "YYYY" : "    ") + " ".repeat(10);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("AO", request.field("AO").orElse(""));
        fields.put("AA", card);
        fields.put("AE", known ? "Demolåntagare (påhittad)" : "");
        fields.put("BL", known ? "Y" : "N");
        fields.put("CQ", pinOk ? "Y" : "N");
        if (!known) {
            fields.put("AF", "Invalid patron");
        }
        String fixed = status + "000" + Sip2Message.TRANSACTION_DATE.format(LocalDateTime.now()) + "0000".repeat(6);
        return new Sip2Message("64", fixed, fields).encode(null);
    }

    private static void write(OutputStream out, String message, boolean checked, String sequence) throws IOException {
        String text = message;
        if (checked) {
            text = text + "AY" + (sequence == null ? "0" : sequence) + "AZ";
            text = text + Sip2Message.checksum(text);
        }
        out.write((text + "\r").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        workers.shutdownNow();
    }
}
