package se.sambruk.multifraga.sources;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import se.sambruk.core.http.OutgoingUrls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client of SSBTEK, the composite service (WSDL and XSD version 10, in
 * {@code multifraga/ssbtek-contract}): one {@code hamtaBastjanstInformation} per person and
 * agency, SOAP 1.1 document/literal over HTTPS with the municipality's client certificate
 * (mutual TLS). The request is validated against the XSD before it is sent; the answer's body is
 * validated after it arrives. An answer that does not validate (two of the seven published
 * example answers do not) is still read, and the caseworker sees that it departed from the
 * schema; a request that does not validate is never sent.
 */
@Component
public class SsbtekClient {

    public static final String NS = "http://schema.forsakringskassan.se/integration/ssbt/10";
    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final List<String> AGENCIES = List.of("AF", "CSN", "FK", "SKV", "SO", "TNS", "MIV");
    private static final Logger log = LoggerFactory.getLogger(SsbtekClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * One parser factory, configured once. {@code DocumentBuilderFactory.newInstance()} looks its
     * implementation up through the service loader on every call, which in the packaged jar reads
     * the nested jars under a lock: with 800 questions at once the threads queued there (the
     * benchmark's profile, bench/README.md). The JDK's own implementation needs no look-up.
     */
    private static final DocumentBuilderFactory BUILDERS = newBuilderFactory();

    /** The answer's message when a municipality has no certificate of its own and the installation's may not stand in. */
    static final String NO_CERTIFICATE = "Kommunen har inget klientcertifikat för SSBTEK. Frågan skickades inte. "
            + "Kommunens administratör laddar upp det under Multifråga → Kommunens klientcertifikat.";

    private final Schema schema;
    private final OutgoingUrls outgoingUrls;
    private final Supplier<String> endpoint;
    private final ClientCertificates certificates;
    private final javax.net.ssl.TrustManager[] trust;
    /** The installation's keystore ({@code sambruk.multifraga.ssbtek.keystore}), when the settings allow it as the fallback. */
    private final HttpClient installation;
    /** The client without a certificate, for a plain-HTTP address (the local fake). */
    private final HttpClient plain;
    /** One HTTP client per organisation and certificate (a new certificate gets a new client). */
    private final java.util.concurrent.ConcurrentHashMap<String, HttpClient> clients = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param certificates      the municipalities' own certificates (Multifråga → Kommunens klientcertifikat), presented first
     * @param keystore          the installation's PKCS#12 keystore, presented only when {@code fallback} is set and the
     *                          municipality has none of its own
     * @param truststore        the authorities that sign SSBTEK's server certificate (PKCS#12); empty: the JDK's
     */
    @org.springframework.beans.factory.annotation.Autowired
    public SsbtekClient(OutgoingUrls outgoingUrls, SsbtekFake fake, ClientCertificates certificates,
                        @Value("${sambruk.multifraga.ssbtek.url:}") String url,
                        @Value("${sambruk.multifraga.ssbtek.keystore:}") String keystore,
                        @Value("${sambruk.multifraga.ssbtek.keystore-password:}") String keystorePassword,
                        @Value("${sambruk.multifraga.ssbtek.keystore-as-fallback:false}") boolean fallback,
                        @Value("${sambruk.multifraga.ssbtek.truststore:}") String truststore,
                        @Value("${sambruk.multifraga.ssbtek.truststore-password:}") String truststorePassword) {
        this.schema = loadSchema();
        this.outgoingUrls = outgoingUrls;
        this.endpoint = url == null || url.isBlank() ? fake::url : () -> url;
        this.certificates = certificates;
        this.trust = trustManagers(truststore, truststorePassword);
        this.plain = newClient(null);
        this.installation = fallback && keystore != null && !keystore.isBlank() ? newClient(sslContext(keystore, keystorePassword, trust)) : null;
    }

    /** A client without municipalities' certificates or installation keystore (tests, and addresses over plain HTTP). */
    public SsbtekClient(OutgoingUrls outgoingUrls, SsbtekFake fake, String url, String keystore, String keystorePassword) {
        this(outgoingUrls, fake, null, url, keystore, keystorePassword, true, "", "");
    }

    private HttpClient newClient(SSLContext tls) {
        HttpClient.Builder builder = outgoingUrls.httpClient().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5));
        if (tls != null) {
            builder.sslContext(tls);
        }
        return builder.build();
    }

    /**
     * The client that presents the right certificate for the question's municipality: its own
     * (refused before anything is sent when it has expired); else, where the settings allow it,
     * the installation's keystore; else, over HTTPS, none: the question is not sent and the
     * answer says so ({@link #NO_CERTIFICATE}). Over plain HTTP (the local fake) no certificate
     * is needed.
     */
    private Chosen clientFor(SourceQuestion q, URI uri) {
        Optional<CertificateFile> own;
        try {
            own = certificates == null ? Optional.empty() : certificates.forCall(q.organisationId(), java.time.Instant.now());
        } catch (ClientCertificates.Expired e) {
            return new Chosen(null, new SourceAnswer(SourceAnswer.State.FAILED, e.getMessage(), List.of()));
        }
        if (own.isPresent()) {
            CertificateFile file = own.get();
            return new Chosen(clients.computeIfAbsent(q.organisationId() + ":" + file.subject() + "/" + file.notAfter(),
                    k -> newClient(file.sslContext(trust))), null);
        }
        if (!"https".equals(uri.getScheme())) {
            return new Chosen(plain, null);
        }
        if (installation != null) {
            return new Chosen(installation, null);
        }
        return new Chosen(null, new SourceAnswer(SourceAnswer.State.FAILED, NO_CERTIFICATE, List.of()));
    }

    /** The client to send with, or the answer that says why nothing is sent. */
    private record Chosen(HttpClient client, SourceAnswer refusal) {
    }

    private static javax.net.ssl.TrustManager[] trustManagers(String truststore, String password) {
        if (truststore == null || truststore.isBlank()) {
            return null;
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = new FileInputStream(truststore)) {
                store.load(in, password == null ? new char[0] : password.toCharArray());
            }
            javax.net.ssl.TrustManagerFactory factory = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (Exception e) {
            throw new IllegalStateException("The SSBTEK truststore cannot be read: " + e.getMessage(), e);
        }
    }

    /** The XSD of version 10 with the agencies' schemas it imports, read from the classpath. */
    static Schema loadSchema() {
        try {
            URL xsd = SsbtekClient.class.getResource("/multifraga/ssbtek-contract/se/forsakringskassan/schema/integration/ssbt/_10/sammansatt_bastjanst_v10.xsd");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file,nested");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("The SSBTEK schema cannot be read", e);
        }
    }

    /** The installation's keystore (PKCS#12) for mutual TLS. */
    private static SSLContext sslContext(String keystore, String password, javax.net.ssl.TrustManager[] trust) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = new FileInputStream(keystore)) {
                store.load(in, password.toCharArray());
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("The SSBTEK client certificate cannot be read: " + e.getMessage(), e);
        }
    }

    /** The SOAP request asking one agency about one person; validated against the XSD. */
    public String request(SourceQuestion q, String agency) {
        StringBuilder body = new StringBuilder();
        body.append("<ssbt:hamtaBastjanstInformation xmlns:ssbt=\"").append(NS).append("\">")
                .append("<ssbt:generellaFrageparametrar>")
                .append(el("frageTidpunkt", java.time.OffsetDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"))))
                .append(el("korrelationsid", q.correlationId()))
                .append(el("fraganSkallInkluderasISvaret", "false"))
                .append("<ssbt:ingivare>").append(el("organisationsnummer", q.organisationNumber()))
                .append(el("namn", q.organisationName())).append(el("handlaggare", q.caseworker())).append("</ssbt:ingivare>")
                .append(el("personidentitet", q.person()))
                .append(el("arendeidentitet", q.caseId()))
                .append("<ssbt:tidsperiod>").append(el("fromDatum", q.from().toString())).append(el("tomDatum", q.to().toString()))
                .append("</ssbt:tidsperiod>")
                .append(el("syfte", q.purpose())).append(el("lagtext", q.law()))
                .append("</ssbt:generellaFrageparametrar><ssbt:specifikaFrageparametrar>");
        for (String a : AGENCIES) {
            body.append("<ssbt:").append(a).append(" inkludera=\"").append(a.equals(agency)).append("\"/>");
        }
        body.append("</ssbt:specifikaFrageparametrar></ssbt:hamtaBastjanstInformation>");
        String xml = body.toString();
        // validated as the text that is sent (a parse into a DOM and a copy of it cost as much again as the validation)
        List<String> problems = validate(new StreamSource(new StringReader(xml)));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The SSBTEK request does not follow the schema: " + problems.get(0));
        }
        return "<soap:Envelope xmlns:soap=\"" + SOAP_NS + "\"><soap:Body>" + xml + "</soap:Body></soap:Envelope>";
    }

    /** Asks SSBTEK for one agency's answer about one person, waiting at most {@code timeout}. */
    public SourceAnswer ask(SourceQuestion q, String agency, Duration timeout) throws Exception {
        URI uri = outgoingUrls.check(endpoint.get());
        Chosen chosen = clientFor(q, uri);
        if (chosen.refusal() != null) {
            return chosen.refusal();
        }
        HttpClient http = chosen.client();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(request(q, agency), StandardCharsets.UTF_8)).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 && response.statusCode() != 500) {
            return new SourceAnswer(SourceAnswer.State.FAILED, "SSBTEK svarade med HTTP " + response.statusCode(), List.of());
        }
        return read(response.body(), agency);
    }

    /** Reads a SOAP answer: a fault, the agency's error, or its data, which becomes facts. */
    public SourceAnswer read(byte[] soap, String agency) {
        Document document;
        try {
            document = parse(new String(soap, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return new SourceAnswer(SourceAnswer.State.FAILED, "Svaret från SSBTEK gick inte att läsa som XML", List.of());
        }
        Element body = child(document.getDocumentElement(), SOAP_NS, "Body");
        Element payload = body == null ? null : firstElement(body);
        if (payload == null) {
            return new SourceAnswer(SourceAnswer.State.FAILED, "Svaret från SSBTEK saknade innehåll", List.of());
        }
        if ("Fault".equals(payload.getLocalName())) {
            return SourceAnswer.refused("SSBTEK avvisade frågan: " + text(payload, "faultstring"));
        }
        List<String> problems = validate(payload);
        Element svarsdata = child(payload, NS, "svarsdata");
        Element agencyAnswer = svarsdata == null ? null : child(svarsdata, NS, agency);
        if (agencyAnswer == null) {
            return new SourceAnswer(SourceAnswer.State.FAILED, "Svaret innehöll inget från " + agency, List.of());
        }
        Element error = child(agencyAnswer, NS, "error");
        if (error != null) {
            return SourceAnswer.refused(agency + " svarade med fel " + text(error, "felkod") + ": " + text(error, "felmeddelande"));
        }
        Element data = child(agencyAnswer, NS, "data");
        Reading reading = new Reading();
        if (data != null) {
            facts(data, reading);
        }
        String message = problems.isEmpty() ? "Svaret följer SSBTEK:s schema"
                : "Svaret följer inte SSBTEK:s schema och visas som det kom: " + problems.get(0);
        return new SourceAnswer(SourceAnswer.State.ANSWERED, message, reading.facts, reading.incomes, reading.protectedIdentity);
    }

    /** What is read from one answer: the facts, the payments and the protected-identity signal. */
    private static final class Reading {
        final List<SourceAnswer.Fact> facts = new ArrayList<>();
        final List<Income> incomes = new ArrayList<>();
        boolean protectedIdentity;
    }

    /**
     * The leaves of the answer; the base64 parts (CSN's XML, Försäkringskassan's LEFI JSON) are
     * opened and read too. Payments are read where the agency's schema gives them (the unemployment
     * funds' {@code Utbetalningar}, LEFI's {@code utbetalningsuppgift}); protected identity where it
     * signals it (Arbetsförmedlingen's {@code Sekretessmarkering}, CSN's {@code sekretess} on the
     * person, LEFI's {@code skyddad}).
     */
    private static void facts(Element element, Reading reading) {
        String name = element.getLocalName();
        if ("Utbetalningar".equals(name)) {
            reading.incomes.add(new Income("Arbetslöshetsersättning", date(text(element, "AvserFrom")), date(text(element, "AvserTom")),
                    date(text(element, "Utbetalningsdatum")), null, null, amount(text(element, "NettoEfterSkatt"))));
        }
        if ("Utbetalning".equals(name) && element.getParentNode() instanceof Element plan
                && ("UtbetalningsPlan".equals(plan.getLocalName()) || "Utbetalningsplan".equals(plan.getLocalName()))) {
            csnPayments(element, plan, reading);
        }
        if ("Kapitaluppgift".equals(name)) {
            Integer year = year(text(element, "Taxeringsar"));
            BigDecimal intakter = amount(text(element, "SummaIntakterPaKapital"));
            BigDecimal overskott = amount(text(element, "OverskottPaKapital"));
            if (intakter != null) {
                reading.incomes.add(new Income("Kapitalinkomst: summa intäkter", null, null, null, intakter, null, null, null, year));
            }
            if (overskott != null) {
                reading.incomes.add(new Income("Kapitalinkomst: överskott", null, null, null, overskott, null, null, null, year));
            }
        }
        if ("Sekretessmarkering".equals(name) && "true".equalsIgnoreCase(element.getTextContent().strip())) {
            reading.protectedIdentity = true;
        }
        if ("Person".equals(name) && !element.getAttribute("sekretess").isBlank()) {
            reading.protectedIdentity = true;
        }
        NodeList children = element.getChildNodes();
        boolean leaf = true;
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                leaf = false;
                facts(child, reading);
            }
        }
        List<SourceAnswer.Fact> facts = reading.facts;
        if (!leaf || facts.size() >= 80) {
            return;
        }
        String value = element.getTextContent().strip();
        if ((("svar".equals(name) && NS.equals(element.getNamespaceURI())) || "lefiJsonSvar".equals(name)) && base64(value) != null) {
            String decoded = base64(value);
            if (decoded.startsWith("{") || decoded.startsWith("[")) {
                JsonNode svar = JSON.readTree(decoded);
                SourceAnswer lefi = LefiAnswers.read(svar, null);
                facts.addAll(lefi.facts());
                reading.incomes.addAll(lefi.incomes());
                reading.protectedIdentity |= lefi.protectedIdentity();
            } else {
                try {
                    facts(parse(decoded).getDocumentElement(), reading);
                } catch (IllegalArgumentException e) {
                    facts.add(new SourceAnswer.Fact(name, decoded));
                }
            }
            return;
        }
        if (value.startsWith("<") && value.endsWith(">")) {
            // an agency's answer as XML text inside the element (Skatteverket's CDATA): read as the answer it is
            try {
                facts(parse(value).getDocumentElement(), reading);
                return;
            } catch (IllegalArgumentException e) {
                // not XML after all: kept as the text it is
            }
        }
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            if (!attribute.getNodeName().startsWith("xmlns") && !attribute.getNodeValue().isBlank()) {
                facts.add(new SourceAnswer.Fact(name + " " + attribute.getNodeName(), attribute.getNodeValue().strip()));
            }
        }
        if (!value.isEmpty()) {
            facts.add(new SourceAnswer.Fact(name, value));
        }
    }

    /** Why a CSN line is shown but not counted as income (a message key's last part, {@code mf.compiled.notCounted.<reason>}). */
    static final String PLANNED = "PLANNED";
    static final String HOME_EQUIPMENT_LOAN = "HOME_EQUIPMENT_LOAN";

    /**
     * One payment of CSN's payment plan ({@code UtbetalningsPlan/Utbetalning}, csntyper v4.0): a
     * line per amount ({@code Belopp}: bidrag, lån, tillägg ...) for the weeks or days it pays
     * for, paid on {@code utbetdatum}. Study support is paid without tax (it is tax-free), so gross
     * and net are the amount and the tax nil. A payment CSN has only planned ({@code Planerad}) and
     * the home equipment loan (hemutrustningslån, {@code HUT}: for setting up a home, not for
     * living costs) are shown but not counted.
     */
    private static void csnPayments(Element payment, Element plan, Reading reading) {
        Element arende = plan.getParentNode() instanceof Element parent ? parent : null;
        String support = arende == null ? "" : directText(arende, "stodform");
        String supportText = arende == null ? "" : directText(arende, "klartext");
        LocalDate paidOn = csnDate(directText(payment, "utbetdatum"));
        boolean planned = "Planerad".equalsIgnoreCase(directText(payment, "utbetstatus"));
        NodeList amounts = payment.getElementsByTagNameNS("*", "Belopp");
        int lines = 0;
        for (int i = 0; i < amounts.getLength(); i++) {
            Element belopp = (Element) amounts.item(i);
            BigDecimal amount = amount(directText(belopp, "belopp"));
            if (amount == null) {
                continue;
            }
            LocalDate from = null;
            LocalDate to = null;
            for (Node n = belopp.getParentNode(); n instanceof Element up && up != payment; n = up.getParentNode()) {
                if ("Utbetaldtid".equals(up.getLocalName())) {
                    from = csnWeek(directText(up, "startvecka"), true);
                    to = csnWeek(directText(up, "slutvecka"), false);
                    if (from != null && from.getMonth() != from.plusDays(3).getMonth()) {
                        from = from.plusDays(3).withDayOfMonth(1);   // an ISO week is its Thursday's month's: the period starts there
                    }
                    break;
                }
                if ("Beloppen".equals(up.getLocalName()) && child(up, null, "startdatum") != null) {
                    from = csnDate(directText(up, "startdatum"));
                    to = csnDate(directText(up, "slutdatum"));
                    break;
                }
            }
            String type = directText(belopp, "beloppstyp");
            String text = directText(belopp, "klartext");
            reading.incomes.add(new Income("CSN: " + (text.isBlank() ? type : text), from, to, paidOn, amount, BigDecimal.ZERO, amount,
                    csnNotCounted(planned, support, type), null));
            lines++;
        }
        BigDecimal total = amount(directText(payment, "totbelopp"));
        if (lines == 0 && total != null) {
            reading.incomes.add(new Income("CSN: " + (supportText.isBlank() ? support : supportText), null, null, paidOn, total, BigDecimal.ZERO,
                    total, csnNotCounted(planned, support, ""), null));
        }
    }

    static String csnNotCounted(boolean planned, String support, String type) {
        if (planned) {
            return PLANNED;
        }
        return "HUT".equals(support.strip()) || "HUT".equals(type.strip()) ? HOME_EQUIPMENT_LOAN : null;
    }

    /** CSN's date, {@code yyyyMMdd}. */
    static LocalDate csnDate(String text) {
        if (text == null || !text.strip().matches("\\d{8}")) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** CSN's week, {@code yyyyww} (ISO weeks): its Monday, or with {@code first} false its Sunday; a full date is read as such. */
    static LocalDate csnWeek(String text, boolean first) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.matches("\\d{8}")) {
            return csnDate(t);
        }
        if (!t.matches("\\d{6}")) {
            return null;
        }
        int week = Integer.parseInt(t.substring(4));
        if (week < 1 || week > 53) {
            return null;
        }
        LocalDate monday = LocalDate.of(Integer.parseInt(t.substring(0, 4)), 1, 4)
                .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(java.time.DayOfWeek.MONDAY);
        return first ? monday : monday.plusDays(6);
    }

    private static Integer year(String text) {
        return text != null && text.strip().matches("\\d{4}") ? Integer.valueOf(text.strip()) : null;
    }

    private static String directText(Element parent, String localName) {
        Element e = child(parent, null, localName);
        return e == null ? "" : e.getTextContent().strip();
    }

    /** A date as the agencies write it: {@code 2013-11-23}, also with a zone ({@code 2016-11-18+01:00}). */
    private static java.time.LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static java.math.BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String base64(String value) {
        try {
            return new String(Base64.getMimeDecoder().decode(value), StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What the XSD says is wrong with an element (empty when it validates). */
    public List<String> validate(Element element) {
        try {
            Document copy = BUILDERS.newDocumentBuilder().newDocument();
            copy.appendChild(copy.importNode(element, true));
            return validate(new DOMSource(copy));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            return List.of(e.getMessage());
        }
    }

    /** What the XSD says is wrong with a document (empty when it validates). */
    private List<String> validate(javax.xml.transform.Source source) {
        List<String> problems = new ArrayList<>();
        try {
            javax.xml.validation.Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new org.xml.sax.ErrorHandler() {
                public void warning(org.xml.sax.SAXParseException e) {
                }

                public void error(org.xml.sax.SAXParseException e) {
                    problems.add(e.getMessage());
                }

                public void fatalError(org.xml.sax.SAXParseException e) {
                    problems.add(e.getMessage());
                }
            });
            validator.validate(source);
        } catch (Exception e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            log.debug("SSBTEK schema problems: {}", problems);
        }
        return problems;
    }

    static Document parse(String xml) {
        try {
            return BUILDERS.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("Not XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory newBuilderFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Element child(Element parent, String ns, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && (ns == null || ns.equals(e.getNamespaceURI()))) {
                return e;
            }
        }
        return null;
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        if (nodes.getLength() == 0) {
            nodes = parent.getElementsByTagName(localName);
        }
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static String el(String name, String value) {
        return "<ssbt:" + name + ">" + escape(value) + "</ssbt:" + name + ">";
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static StreamSource source(byte[] bytes) {
        return new StreamSource(new ByteArrayInputStream(bytes));
    }
}
