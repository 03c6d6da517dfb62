package se.sambruk.provisum.bookkeeping;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * ISO 20022 camt.053 (Bank-to-Customer Statement, versions 001.02-001.13), read as a stream with
 * StAX (no DTD, no external entities): each {@code Ntry} gives a line from its {@code Amt},
 * {@code CdtDbtInd} (DBIT is money out), {@code BookgDt} ({@code Dt} or {@code DtTm}), the
 * reference {@code AcctSvcrRef} (else {@code NtryRef}) and the text ({@code AddtlNtryInf}, else
 * the first {@code Ustrd}). The root must be a camt.053 {@code Document}; an entry that lacks a
 * part, or has a currency other than SEK, is an error naming the entry's number.
 */
final class Camt053Reader {

    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";

    private Camt053Reader() {
    }

    static StatementFile read(byte[] content) {
        List<StatementLine> lines = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            xml.nextTag();
            String namespace = xml.getNamespaceURI();
            if (!"Document".equals(xml.getLocalName()) || namespace == null || !namespace.startsWith(NAMESPACE_PREFIX)) {
                return new StatementFile("camt.053", List.of(), List.of("Filen är inte ett kontoutdrag i formatet camt.053 (ISO 20022)."));
            }
            int entry = 0;
            Map<String, Integer> seen = new HashMap<>();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Ntry".equals(xml.getLocalName())) {
                    entry++;
                    if (entry > StatementFile.MAX_LINES) {
                        errors.add("Filen har fler än " + StatementFile.MAX_LINES + " poster.");
                        break;
                    }
                    Entry e = entry(xml);
                    String problem = e.problem();
                    if (problem != null) {
                        errors.add("Post " + entry + ": " + problem + ".");
                        continue;
                    }
                    BigDecimal amount = new BigDecimal(e.amount);
                    if ("DBIT".equals(e.indicator)) {
                        amount = amount.negate();
                    }
                    LocalDate date = LocalDate.parse(e.date.length() > 10 ? e.date.substring(0, 10) : e.date);
                    String text = e.text == null ? "" : e.text.strip();
                    String reference = e.reference;
                    if (reference == null || reference.isBlank()) {
                        String key = date + "|" + amount.toPlainString() + "|" + text;
                        reference = "camt:" + key + "#" + seen.merge(key, 1, Integer::sum);
                    } else {
                        reference = "camt:" + reference.strip();
                    }
                    lines.add(new StatementLine(date, amount, text.length() > 300 ? text.substring(0, 300) : text, shorten(reference)));
                }
            }
            if (entry == 0) {
                errors.add("Filen har inga poster (Ntry).");
            }
        } catch (XMLStreamException | RuntimeException e) {
            errors.add("Filen är inte giltig XML: " + (xml != null && xml.getLocation() != null
                    ? "fel på rad " + xml.getLocation().getLineNumber() + "." : "den kan inte läsas."));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to read
                }
            }
        }
        return new StatementFile("camt.053", errors.isEmpty() ? lines : List.of(), errors);
    }

    private static String shorten(String reference) {
        return reference.length() > 200 ? reference.substring(0, 200) : reference;
    }

    private static final class Entry {
        String amount;
        String currency;
        String indicator;
        String date;
        String reference;
        String entryReference;
        String text;
        String unstructured;

        String problem() {
            if (reference == null) {
                reference = entryReference;
            }
            if (text == null) {
                text = unstructured;
            }
            if (amount == null || amount.isBlank()) {
                return "belopp (Amt) saknas";
            }
            try {
                if (new BigDecimal(amount.strip()).signum() < 0) {
                    return "beloppet \"" + amount + "\" är negativt (riktningen anges med CdtDbtInd)";
                }
                amount = amount.strip();
            } catch (NumberFormatException e) {
                return "beloppet \"" + amount + "\" är inget tal";
            }
            if (currency != null && !"SEK".equals(currency)) {
                return "valutan " + currency + " tas inte emot (bara SEK)";
            }
            if (!"CRDT".equals(indicator) && !"DBIT".equals(indicator)) {
                return "CdtDbtInd ska vara CRDT eller DBIT";
            }
            if (date == null) {
                return "bokföringsdag (BookgDt) saknas";
            }
            try {
                LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            } catch (DateTimeParseException e) {
                return "bokföringsdagen \"" + date + "\" är inget datum";
            }
            return null;
        }
    }

    /** Reads one Ntry to its end; nested transaction details (NtryDtls) give only the unstructured text. */
    private static Entry entry(XMLStreamReader xml) throws XMLStreamException {
        Entry entry = new Entry();
        int depth = 1;
        boolean inBookingDate = false;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                switch (name) {
                    case "Amt" -> {
                        if (depth == 2) {
                            entry.currency = xml.getAttributeValue(null, "Ccy");
                            entry.amount = xml.getElementText();
                            depth--;
                        }
                    }
                    case "CdtDbtInd" -> {
                        if (depth == 2) {
                            entry.indicator = xml.getElementText().strip();
                            depth--;
                        }
                    }
                    case "BookgDt" -> inBookingDate = true;
                    case "Dt", "DtTm" -> {
                        if (inBookingDate) {
                            entry.date = xml.getElementText().strip();
                            depth--;
                        }
                    }
                    case "AcctSvcrRef" -> {
                        if (depth == 2) {
                            entry.reference = xml.getElementText();
                            depth--;
                        }
                    }
                    case "NtryRef" -> {
                        entry.entryReference = xml.getElementText();
                        depth--;
                    }
                    case "AddtlNtryInf" -> {
                        entry.text = xml.getElementText();
                        depth--;
                    }
                    case "Ustrd" -> {
                        String text = xml.getElementText();
                        if (entry.unstructured == null) {
                            entry.unstructured = text;
                        }
                        depth--;
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("BookgDt".equals(xml.getLocalName())) {
                    inBookingDate = false;
                }
            }
        }
        return entry;
    }
}
