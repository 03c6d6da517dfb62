package se.sambruk.multifraga.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
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
 * The server and the settings are {@link LocalFakeServer}'s, shared with {@link LefiFake}.
 */
@Component
public class SsbtekFake {

    public enum Failure { NONE, REFUSE, HTTP500, GARBAGE }

    private final boolean enabled;
    private final LocalFakeServer server;
    private final LocalFakeServer secure;
    private final LocalFakeServer.Behaviour<Failure> behaviour;
    private final java.util.Queue<String> presented = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public SsbtekFake(OutgoingUrls outgoingUrls, @Value("${sambruk.multifraga.fake.enabled:false}") boolean enabled,
                      @Value("${sambruk.multifraga.fake.delays:}") List<String> delays,
                      @Value("${sambruk.multifraga.fake.failures:}") List<String> failures) {
        this.enabled = enabled;
        this.server = new LocalFakeServer("ssbtek-fake", outgoingUrls);
        this.secure = new LocalFakeServer("ssbtek-fake-tls", outgoingUrls);
        this.behaviour = new LocalFakeServer.Behaviour<>(SsbtekClient.AGENCIES, Failure.class, Failure.NONE, delays, failures);
    }

    public boolean enabled() {
        return enabled;
    }

    public void delay(String agency, int millis) {
        behaviour.delay(agency, millis);
    }

    public void fail(String agency, Failure failure) {
        behaviour.fail(agency, failure);
    }

    public void reset() {
        behaviour.reset();
    }

    /**
     * The fake over HTTPS, requiring a client certificate that {@code tls}'s trust managers accept,
     * as SSBTEK does (tests of mutual TLS): its address, starting it on first use.
     */
    public String httpsUrl(javax.net.ssl.SSLContext tls) {
        return secure.start("/ssbtek", this::answer, tls) + "/ssbtek";
    }

    /** The subjects of the client certificates presented to the HTTPS fake, in order. */
    public List<String> presentedCertificates() {
        return List.copyOf(presented);
    }

    /** The fake's address, starting it on first use. */
    public String url() {
        if (!enabled) {
            throw new IllegalStateException("No SSBTEK address is set (sambruk.multifraga.ssbtek.url)");
        }
        return server.start("/ssbtek", this::answer) + "/ssbtek";
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            LocalFakeServer.clientCertificate(exchange).ifPresent(presented::add);
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
            if (!LocalFakeServer.pause(behaviour.delay(agency))) {
                return;
            }
            switch (behaviour.failure(agency)) {
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
            case "CSN" -> example("CSN").replaceFirst("<ssbt:svar>[^<]*</ssbt:svar>", "<ssbt:svar>" + java.util.Base64.getEncoder().encodeToString(
                    csnAnswer(person, from, to, java.time.LocalDate.now()).getBytes(StandardCharsets.UTF_8)) + "</ssbt:svar>");
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

    /**
     * A made-up CSN answer ({@code CSNSvar}, as the published example, with the person's
     * study support): studiemedel with a payment plan ({@code UtbetalningsPlan}) for every month of
     * the period, paid on the 25th for the month's ISO weeks: 3 524 kr grant (GRUNDB) and 8 604 kr loan
     * (GRUNDL); a payment due after {@code today} is {@code Planerad}, the others {@code Utbetald};
     * and a home equipment loan (HUT) of 15 000 kr paid in the period's first month.
     */
    public static String csnAnswer(String person, java.time.LocalDate from, java.time.LocalDate to, java.time.LocalDate today) {
        String number = person.length() == 12 ? person.substring(2) : person;
        String century = person.length() == 12 ? person.substring(0, 2) : "19";
        StringBuilder plan = new StringBuilder();
        for (java.time.YearMonth m = java.time.YearMonth.from(from); !m.isAfter(java.time.YearMonth.from(to)); m = m.plusMonths(1)) {
            java.time.LocalDate paid = m.atDay(25);
            plan.append("<sm:Utbetalning><ns4:utbetdatum>").append(basic(paid)).append("</ns4:utbetdatum><ns4:utbetstatus>")
                    .append(paid.isAfter(today) ? "Planerad" : "Utbetald").append("</ns4:utbetstatus><ns4:Utbetaldatider><ns4:Utbetaldtid>")
                    .append("<ns4:startvecka>").append(week(firstThursday(m))).append("</ns4:startvecka><ns4:slutvecka>")
                    .append(week(firstThursday(m.plusMonths(1)).minusWeeks(1)))
                    .append("</ns4:slutvecka><ns4:Beloppen>")
                    .append(csnAmount("GRUNDB", "Studiemedel bidrag", 3524)).append(csnAmount("GRUNDL", "Studiemedel lån", 8604))
                    .append("</ns4:Beloppen><ns4:totbelopp>12128</ns4:totbelopp></ns4:Utbetaldtid></ns4:Utbetaldatider>")
                    .append("<ns4:totbelopp>12128</ns4:totbelopp></sm:Utbetalning>");
        }
        java.time.LocalDate loanPaid = java.time.YearMonth.from(from).atDay(10);
        return """
                <CSNSvar schemaVersion="3.0" xmlns="http://schema.csn.se/v3.0/kommunfraga" xmlns:ns5="http://schema.csn.se/v3.0/person"                 xmlns:ns4="http://schema.csn.se/v3.0/csntyper" xmlns:sm="http://schema.csn.se/v3.0/studiemedel"                 xmlns:hut="http://schema.csn.se/v3.0/hemutrustningslan"><GemensamtSvarEkbistand><Resultat><ResultatKod>0</ResultatKod>                <ResultatText>Allt OK, inget att rapportera</ResultatText></Resultat></GemensamtSvarEkbistand><GemensamtFragaEkbistand/>                <Personer><Person personnummer="%s" Status="          " sekretess="  " sekel="%s"><ns5:Studiestodstypforteckning>                <ns4:studiemedel>1</ns4:studiemedel><ns4:studiehjalp>0</ns4:studiehjalp><ns4:hemutrustningslan>1</ns4:hemutrustningslan>                <ns4:studiestartsstod>0</ns4:studiestartsstod></ns5:Studiestodstypforteckning><ns5:Studiemedel><ns5:Arenden>                <ns5:Arende lopnummer="1"><sm:stodform>GRUND</sm:stodform><sm:klartext>Studiemedel</sm:klartext><sm:status>BESLUTAD</sm:status>                <sm:soktaTider/><sm:BeviljadeTider/><sm:UtbetalningsPlan>%s</sm:UtbetalningsPlan></ns5:Arende></ns5:Arenden></ns5:Studiemedel>                <ns5:Studiehjalp/><ns5:HemutrustningsLan><ns5:Arenden><ns5:Arende lopnummer="2"><hut:stodform>HUT</hut:stodform>                <hut:klartext>Hemutrustningslån</hut:klartext><hut:status>BESLUTAD</hut:status><hut:UtbetalningsPlan><hut:Utbetalning>                <ns4:utbetdatum>%s</ns4:utbetdatum><ns4:utbetstatus>Utbetald</ns4:utbetstatus><ns4:Utbetaldatider><ns4:Utbetaldtid>                <ns4:Beloppen>%s</ns4:Beloppen><ns4:totbelopp>15000</ns4:totbelopp></ns4:Utbetaldtid></ns4:Utbetaldatider>                <ns4:totbelopp>15000</ns4:totbelopp></hut:Utbetalning></hut:UtbetalningsPlan></ns5:Arende></ns5:Arenden></ns5:HemutrustningsLan>                <ns5:Studiestartsstod/></Person></Personer></CSNSvar>""".formatted(number, century, plan, basic(loanPaid),
                csnAmount("HUT", "Hemutrustningslån", 15000));
    }

    private static String csnAmount(String type, String text, int amount) {
        return "<ns4:Belopp><ns4:beloppstyp>" + type + "</ns4:beloppstyp><ns4:klartext>" + text + "</ns4:klartext><ns4:belopp>" + amount
                + "</ns4:belopp><ns4:totbelopp>" + amount + "</ns4:totbelopp></ns4:Belopp>";
    }

    private static String basic(java.time.LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** The month's first Thursday: its ISO week is the month's first week. */
    private static java.time.LocalDate firstThursday(java.time.YearMonth month) {
        return month.atDay(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.THURSDAY));
    }

    private static String week(java.time.LocalDate date) {
        return "%04d%02d".formatted(date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR), date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String payment(String id, String name, java.time.YearMonth month, String gross, String tax, String net) {
        return """
                {"formansfamilj":{"id":"%s","beskrivning":"%s"},"datum":"%s","period":{"fran":"%s","till":"%s"},                "bruttobelopp":{"summa":%s,"valuta":"SEK"},"skattebelopp":{"summa":%s,"valuta":"SEK"},"nettobelopp":{"summa":%s,"valuta":"SEK"}}"""
                .formatted(id, name, month.atDay(25), month.atDay(1), month.atEndOfMonth(), gross, tax, net);
    }

    /**
     * The published example answers, read once: reading a resource from the packaged jar on every
     * answer queued the fake's threads on the nested jar's lock under load (bench/README.md).
     */
    private static final Map<String, String> EXAMPLES = new ConcurrentHashMap<>();

    static String example(String agency) {
        return EXAMPLES.computeIfAbsent(agency, SsbtekFake::readExample);
    }

    private static String readExample(String agency) {
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
        LocalFakeServer.send(exchange, status, "text/xml; charset=utf-8", body);
    }

    @PreDestroy
    void stop() {
        server.stop();
        secure.stop();
    }
}
