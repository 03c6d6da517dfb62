package se.sambruk.bibblix.onix;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an ONIX for Books 3.0 feed (reference tags) as a stream: one Product at a time is turned
 * into a small DOM, validated against EDItEUR's schema and checked ({@link OnixChecks}), and handed
 * on, so a feed of any size takes the memory of one record. A record that breaks the schema or the
 * checks is reported with its number and line and skipped; the rest go on. External entities and
 * DTDs are refused.
 */
public final class OnixReader {

    public static final String NAMESPACE = "http://ns.editeur.org/onix/3.0/reference";
    public static final String SHORT_NAMESPACE = "http://ns.editeur.org/onix/3.0/short";
    private static final Schema SCHEMA = loadSchema();

    /** One record's outcome: a product, or the problems that made it skipped. */
    public record Result(int recordNo, int line, String reference, OnixProduct product, List<String> problems) {
        public boolean ok() {
            return product != null;
        }
    }

    /** A feed that cannot be read as XML at all (not well-formed, wrong root, short tags). */
    public static final class BrokenFeed extends Exception {
        private final int line;

        BrokenFeed(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private OnixReader() {
    }

    private static Schema loadSchema() {
        try {
            URL url = OnixReader.class.getResource("/bibblix/onix/ONIX_BookProduct_3.0_reference.xsd");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot load the ONIX schema", e);
        }
    }

    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** A first pass without keeping anything: is the feed well-formed ONIX with reference tags, and how many records has it? */
    public static int count(InputStream in) throws BrokenFeed {
        XMLEventReader reader = null;
        int records = 0;
        int line = 1;
        try {
            reader = inputFactory().createXMLEventReader(in);
            boolean root = true;
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                line = event.getLocation().getLineNumber();
                if (event.isStartElement()) {
                    StartElement start = event.asStartElement();
                    if (root) {
                        checkRoot(start, line);
                        root = false;
                    } else if (isProduct(start)) {
                        records++;
                    }
                }
            }
            if (root) {
                throw new BrokenFeed("Filen är tom", line);
            }
            return records;
        } catch (XMLStreamException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNumber();
            throw new BrokenFeed("Filen är inte välformad XML (rad " + at + "): " + firstLine(e.getMessage()), at);
        } finally {
            close(reader);
        }
    }

    /** Reads every Product and hands each outcome to the consumer; {@code progress} gets the count of records read so far. */
    public static void read(InputStream in, Consumer<Result> consumer) throws BrokenFeed {
        XMLEventReader reader = null;
        int recordNo = 0;
        int line = 1;
        try {
            reader = inputFactory().createXMLEventReader(in);
            XMLOutputFactory output = XMLOutputFactory.newFactory();
            output.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
            DocumentBuilderFactory documents = DocumentBuilderFactory.newInstance();
            documents.setNamespaceAware(true);
            Validator validator = SCHEMA.newValidator();
            boolean root = true;
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                line = event.getLocation().getLineNumber();
                if (!event.isStartElement()) {
                    continue;
                }
                StartElement start = event.asStartElement();
                if (root) {
                    checkRoot(start, line);
                    root = false;
                    continue;
                }
                if (!isProduct(start)) {
                    continue;
                }
                recordNo++;
                int productLine = line;
                Document document = documents.newDocumentBuilder().newDocument();
                XMLEventWriter writer = output.createXMLEventWriter(new DOMResult(document));
                writer.add(start);
                int depth = 1;
                while (depth > 0) {
                    XMLEvent next = reader.nextEvent();
                    if (next.isStartElement()) {
                        depth++;
                    } else if (next.isEndElement()) {
                        depth--;
                    }
                    if (next.isStartElement() || next.isEndElement() || next.isCharacters()) {
                        writer.add(next);
                    }
                }
                writer.close();
                consumer.accept(record(recordNo, productLine, document.getDocumentElement(), validator));
            }
        } catch (XMLStreamException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNumber();
            throw new BrokenFeed("Filen är inte välformad XML (rad " + at + "): " + firstLine(e.getMessage()), at);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } finally {
            close(reader);
        }
    }

    private static void checkRoot(StartElement start, int line) throws BrokenFeed {
        String namespace = start.getName().getNamespaceURI();
        if (SHORT_NAMESPACE.equals(namespace)) {
            throw new BrokenFeed("Flödet har korta taggar (short tags); Bibblix läser ONIX 3.0 med referenstaggar (reference tags)", line);
        }
        if (!"ONIXMessage".equals(start.getName().getLocalPart()) || !NAMESPACE.equals(namespace)) {
            throw new BrokenFeed("Filen är inte ett ONIX 3.0-meddelande (rotelementet är " + start.getName() + ")", line);
        }
    }

    private static boolean isProduct(StartElement start) {
        return "Product".equals(start.getName().getLocalPart()) && NAMESPACE.equals(start.getName().getNamespaceURI());
    }

    private static Result record(int recordNo, int line, Element product, Validator validator) {
        String reference = text(product, "RecordReference");
        List<String> problems = new ArrayList<>();
        validator.reset();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
            }

            @Override
            public void error(SAXParseException exception) {
                problems.add("Bryter mot ONIX-schemat: " + exception.getMessage());
            }

            @Override
            public void fatalError(SAXParseException exception) {
                problems.add("Bryter mot ONIX-schemat: " + exception.getMessage());
            }
        });
        try {
            validator.validate(new DOMSource(product));
        } catch (SAXException | IOException e) {
            if (problems.isEmpty()) {
                problems.add("Bryter mot ONIX-schemat: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            return new Result(recordNo, line, reference, null, problems.size() > 5 ? problems.subList(0, 5) : problems);
        }
        List<String[]> themaWithScheme = new ArrayList<>();
        OnixProduct onix = map(product, themaWithScheme);
        problems.addAll(OnixChecks.problems(onix, themaWithScheme));
        return problems.isEmpty() ? new Result(recordNo, line, reference, onix, List.of()) : new Result(recordNo, line, reference, null, problems);
    }

    static OnixProduct map(Element product, List<String[]> themaWithScheme) {
        String isbn = null;
        for (Element id : children(product, "ProductIdentifier")) {
            String type = text(id, "ProductIDType");
            if ("15".equals(type) || ("03".equals(type) && isbn == null)) {
                isbn = text(id, "IDValue");
            }
        }
        Element descriptive = child(product, "DescriptiveDetail");
        String form = null;
        String title = null;
        String subtitle = null;
        List<String> authors = new ArrayList<>();
        String language = null;
        List<String> thema = new ArrayList<>();
        Integer ageFrom = null;
        Integer ageTo = null;
        Integer themaAge = null;
        if (descriptive != null) {
            form = text(descriptive, "ProductForm");
            for (Element detail : children(descriptive, "TitleDetail")) {
                if ("01".equals(text(detail, "TitleType")) || title == null) {
                    for (Element element : children(detail, "TitleElement")) {
                        if ("01".equals(text(element, "TitleElementLevel")) || title == null) {
                            String prefix = text(element, "TitlePrefix");
                            String without = text(element, "TitleWithoutPrefix");
                            title = text(element, "TitleText") != null ? text(element, "TitleText")
                                    : without != null ? (prefix == null ? without : prefix + " " + without) : title;
                            subtitle = text(element, "Subtitle");
                        }
                    }
                }
            }
            for (Element contributor : children(descriptive, "Contributor")) {
                boolean author = children(contributor, "ContributorRole").stream().anyMatch(r -> r.getTextContent().strip().startsWith("A"));
                String name = text(contributor, "PersonName");
                if (name == null && text(contributor, "NamesBeforeKey") != null) {
                    name = text(contributor, "NamesBeforeKey") + " " + text(contributor, "KeyNames");
                }
                if (name == null) {
                    name = text(contributor, "CorporateName");
                }
                if (author && name != null) {
                    authors.add(name);
                }
            }
            for (Element lang : children(descriptive, "Language")) {
                if ("01".equals(text(lang, "LanguageRole")) && language == null) {
                    language = text(lang, "LanguageCode");
                }
            }
            for (Element subject : children(descriptive, "Subject")) {
                String scheme = text(subject, "SubjectSchemeIdentifier");
                String code = text(subject, "SubjectCode");
                if (scheme != null && code != null && scheme.compareTo("93") >= 0 && scheme.compareTo("99") <= 0) {
                    thema.add(code);
                    themaWithScheme.add(new String[] {scheme, code});
                    Integer age = OnixChecks.themaInterestAge(code);
                    if (age != null && (themaAge == null || age < themaAge)) {
                        themaAge = age;
                    }
                }
            }
            for (Element range : children(descriptive, "AudienceRange")) {
                if (!"17".equals(text(range, "AudienceRangeQualifier"))) {
                    continue;
                }
                List<Element> precisions = children(range, "AudienceRangePrecision");
                List<Element> values = children(range, "AudienceRangeValue");
                for (int i = 0; i < Math.min(precisions.size(), values.size()); i++) {
                    Integer value = integer(values.get(i).getTextContent());
                    switch (precisions.get(i).getTextContent().strip()) {
                        case "01" -> { ageFrom = value; ageTo = value; }
                        case "03" -> ageFrom = value;
                        case "04" -> ageTo = value;
                        default -> { }
                    }
                }
            }
        }
        if (ageFrom == null && ageTo == null) {
            ageFrom = themaAge;
        }
        String description = null;
        String shortDescription = null;
        Element collateral = child(product, "CollateralDetail");
        if (collateral != null) {
            for (Element content : children(collateral, "TextContent")) {
                String type = text(content, "TextType");
                String text = text(content, "Text");
                if ("03".equals(type) && description == null) {
                    description = text;
                } else if ("02".equals(type) && shortDescription == null) {
                    shortDescription = text;
                }
            }
        }
        String publisher = null;
        Integer year = null;
        Element publishing = child(product, "PublishingDetail");
        if (publishing != null) {
            Element imprint = child(publishing, "Imprint");
            Element pub = child(publishing, "Publisher");
            publisher = pub != null ? text(pub, "PublisherName") : imprint != null ? text(imprint, "ImprintName") : null;
            for (Element date : children(publishing, "PublishingDate")) {
                String value = text(date, "Date");
                if ("01".equals(text(date, "PublishingDateRole")) && value != null && value.length() >= 4) {
                    year = integer(value.substring(0, 4));
                }
            }
        }
        return new OnixProduct(text(product, "RecordReference"), text(product, "NotificationType"), isbn, form, title, subtitle,
                authors.isEmpty() ? null : String.join(", ", authors), language, List.copyOf(thema), ageFrom, ageTo,
                description != null ? description : shortDescription, publisher, year);
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? null : text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String text = message.contains("Message: ") ? message.substring(message.indexOf("Message: ") + 9) : message;
        return text.lines().findFirst().orElse("");
    }

    private static void close(XMLEventReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // closing anyway
            }
        }
    }
}
