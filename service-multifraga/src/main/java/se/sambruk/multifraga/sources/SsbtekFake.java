package se.sambruk.multifraga.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.sambruk.core.http.OutgoingUrls;

/**
 * A local stand-in for SSBTEK, for tests and the demo only ({@code sambruk.multifraga.fake.enabled}):
 * an HTTP server on 127.0.0.1 that reads the SOAP request, checks it against the XSD, and answers
 * in SSBTEK's wire format with the agency's published example answer (made-up people; every
 * person asked gets the same example). Per agency a delay and a failure can be set
 * ({@code sambruk.multifraga.fake.delays=AF:300,CSN:1200}, {@code sambruk.multifraga.fake.failures=SO:REFUSE}),
 * failures being REFUSE (the agency's error element), HTTP500 (a SOAP fault) and GARBAGE (not XML).
 */
@Component
public class SsbtekFake {

    public enum Failure { NONE, REFUSE, HTTP500, GARBAGE }

    private final boolean enabled;
    private final OutgoingUrls outgoingUrls;
    private final Map<String, Integer> delays = new ConcurrentHashMap<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private HttpServer server;
    private ExecutorService executor;

    public SsbtekFake(OutgoingUrls outgoingUrls, @Value("${sambruk.multifraga.fake.enabled:false}") boolean enabled,
                      @Value("${sambruk.multifraga.fake.delays:}") List<String> delays,
                      @Value("${sambruk.multifraga.fake.failures:}") List<String> failures) {
        this.outgoingUrls = outgoingUrls;
        this.enabled = enabled;
        for (String d : delays) {
            String[] parts = d.split(":");
            if (parts.length == 2) {
                this.delays.put(parts[0].trim(), Integer.parseInt(parts[1].trim()));
            }
        }
        for (String f : failures) {
            String[] parts = f.split(":");
            if (parts.length == 2) {
                this.failures.put(parts[0].trim(), Failure.valueOf(parts[1].trim()));
            }
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public void delay(String agency, int millis) {
        delays.put(agency, millis);
    }

    public void fail(String agency, Failure failure) {
        failures.put(agency, failure);
    }

    public void reset() {
        delays.clear();
        failures.clear();
    }

    /** The fake's address, starting it on first use. */
    public synchronized String url() {
        if (!enabled) {
            throw new IllegalStateException("No SSBTEK address is set (sambruk.multifraga.ssbtek.url)");
        }
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "ssbtek-fake");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            server.createContext("/ssbtek", this::answer);
            server.start();
            outgoingUrls.allowInternalHost("127.0.0.1:" + server.getAddress().getPort());
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ssbtek";
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] request = exchange.getRequestBody().readAllBytes();
            String agency;
            String person;
            java.time.LocalDate from;
            java.time.LocalDate to;
            try {
                Document document = SsbtekClient.parse(new String(request, StandardCharsets.UTF_8));
                Element body = SsbtekClient.child(document.getDocumentElement(), SsbtekClient.SOAP_NS, "Body");
                Element question = body == null ? null : SsbtekClient.child(body, SsbtekClient.NS, "hamtaBastjanstInformation");
                if (question == null) {
                    send(exchange, 500, fault("Ingen hamtaBastjanstInformation i frågan"));
                    return;
                }
                agency = SsbtekClient.AGENCIES.stream().filter(a -> {
                    Element specific = SsbtekClient.child(SsbtekClient.child(question, SsbtekClient.NS, "specifikaFrageparametrar"), SsbtekClient.NS, a);
                    return specific != null && "true".equals(specific.getAttribute("inkludera"));
                }).findFirst().orElse(null);
                Element general = SsbtekClient.child(question, SsbtekClient.NS, "generellaFrageparametrar");
                Element period = SsbtekClient.child(general, SsbtekClient.NS, "tidsperiod");
                person = SsbtekClient.child(general, SsbtekClient.NS, "personidentitet").getTextContent().strip();
                from = java.time.LocalDate.parse(SsbtekClient.child(period, SsbtekClient.NS, "fromDatum").getTextContent().strip());
                to = java.time.LocalDate.parse(SsbtekClient.child(period, SsbtekClient.NS, "tomDatum").getTextContent().strip());
            } catch (RuntimeException e) {
                send(exchange, 500, fault("Frågan gick inte att läsa"));
                return;
            }
            if (agency == null) {
                send(exchange, 500, fault("Ingen bastjänst vald"));
                return;
            }
            int delay = delays.getOrDefault(agency, 0);
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            switch (failures.getOrDefault(agency, Failure.NONE)) {
                case REFUSE -> send(exchange, 200, ("<soap:Envelope xmlns:soap=\"%s\"><soap:Body><ssbt:hamtaBastjanstInformationResponse xmlns:ssbt=\"%s\">"
                        + "<ssbt:svarsdata><ssbt:%s><ssbt:error><ssbt:kalla>BT</ssbt:kalla><ssbt:felkod>403</ssbt:felkod>"
                        + "<ssbt:felmeddelande>Frågan får inte besvaras (påhittat fel från den lokala attrappen)</ssbt:felmeddelande></ssbt:error></ssbt:%s>"
                        + "</ssbt:svarsdata></ssbt:hamtaBastjanstInformationResponse></soap:Body></soap:Envelope>")
                        .formatted(SsbtekClient.SOAP_NS, SsbtekClient.NS, agency, agency));
                case HTTP500 -> send(exchange, 500, fault("Tjänsten är inte tillgänglig (påhittat fel)"));
                case GARBAGE -> send(exchange, 200, "inte xml");
                case NONE -> send(exchange, 200, answer(agency, person, from, to));
            }
        }
    }

    /**
     * The fake's answer: the agency's published example, except that Försäkringskassan answers with
     * a made-up LEFI answer for the asked person and period ({@link #lefiAnswer}), and that the
     * made-up person {@value #PROTECTED_PERSON} has protected identity (Arbetsförmedlingen's
     * {@code Sekretessmarkering}, LEFI's {@code skyddad}).
     */
    static String answer(String agency, String person, java.time.LocalDate from, java.time.LocalDate to) {
        boolean protectedIdentity = PROTECTED_PERSON.equals(person);
        return switch (agency) {
            case "FK" -> example("FK").replaceFirst("<ssbt:lefiJsonSvar>[^<]*</ssbt:lefiJsonSvar>",
                    "<ssbt:lefiJsonSvar>" + java.util.Base64.getEncoder().encodeToString(
                            lefiAnswer(person, from, to, protectedIdentity).getBytes(StandardCharsets.UTF_8)) + "</ssbt:lefiJsonSvar>");
            case "AF" -> protectedIdentity ? example("AF").replace("<er:Sekretessmarkering>false", "<er:Sekretessmarkering>true") : example("AF");
            default -> example(agency);
        };
    }

    /** A made-up person with protected identity (the same as the demo's test identity provider's). */
    public static final String PROTECTED_PERSON = "197308169825";

    /**
     * A made-up LEFI answer ({@code LefiExternFormansinformationSvar}, OpenAPI v9) for one person and
     * period: the general person information with an address, and for every month of the period a
     * paid housing allowance (1 850 kr, no tax) and sickness benefit (9 200 kr gross, 2 760 kr tax,
     * 6 440 kr net), each concerning that month and paid on its 25th.
     */
    public static String lefiAnswer(String person, java.time.LocalDate from, java.time.LocalDate to, boolean protectedIdentity) {
        StringBuilder payments = new StringBuilder();
        for (java.time.YearMonth m = java.time.YearMonth.from(from); !m.isAfter(java.time.YearMonth.from(to)); m = m.plusMonths(1)) {
            if (payments.length() > 0) {
                payments.append(',');
            }
            payments.append(payment("BOB", "Bostadsbidrag", m, "1850.00", "0.00", "1850.00")).append(',')
                    .append(payment("SJP", "Sjukpenning", m, "9200.00", "2760.00", "6440.00"));
        }
        return """
                {"utlamnare":[{"utlamnare":{"kod":"FK","namn":"Försäkringskassan"},"tillstand":{"kod":"OK","beskrivning":"Tillgänglig"}}],                "avvikelser":[],"formansinformation":{"generellPersoninformation":[{"personnummer":"%s","skyddad":%s,                "adress":[{"utdelningadress":["Påhittade gatan 12"],"postnummer":"78431","postort":"BORLÄNGE","land":{"kod":"SE","namn":"SVERIGE"}}]}],                "utbetalningsuppgift":[%s]}}""".formatted(person, protectedIdentity, payments);
    }

    private static String payment(String id, String name, java.time.YearMonth month, String gross, String tax, String net) {
        return """
                {"formansfamilj":{"id":"%s","beskrivning":"%s"},"datum":"%s","period":{"fran":"%s","till":"%s"},                "bruttobelopp":{"summa":%s,"valuta":"SEK"},"skattebelopp":{"summa":%s,"valuta":"SEK"},"nettobelopp":{"summa":%s,"valuta":"SEK"}}"""
                .formatted(id, name, month.atDay(25), month.atDay(1), month.atEndOfMonth(), gross, tax, net);
    }

    static String example(String agency) {
        try (InputStream in = SsbtekFake.class.getResourceAsStream("/multifraga/example-answers/" + agency.toLowerCase(Locale.ROOT) + "-response.xml")) {
            if (in == null) {
                throw new IllegalStateException("No example answer for " + agency);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fault(String message) {
        return "<soap:Envelope xmlns:soap=\"" + SsbtekClient.SOAP_NS + "\"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>"
                + message + "</faultstring></soap:Fault></soap:Body></soap:Envelope>";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
