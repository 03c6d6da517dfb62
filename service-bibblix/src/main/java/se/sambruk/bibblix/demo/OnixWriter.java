package se.sambruk.bibblix.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import se.sambruk.bibblix.onix.OnixChecks;
import se.sambruk.bibblix.onix.OnixReader;

/**
 * Writes an ONIX for Books 3.0 feed (reference tags) of made-up e-books, as the demo's catalogue
 * and the benchmark's 20,000 titles are produced: the supplier's feed looks like this.
 */
public final class OnixWriter {

    /** One e-book to write; {@code form} "ED" is a digital download, {@code language} ISO 639-2/B. */
    public record Item(String reference, String isbn12, String title, String author, String thema, int ageFrom, int ageTo,
                       String description, String form, String language) {
    }

    private OnixWriter() {
    }

    public static void write(Writer out, List<Item> items) {
        try {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.write("<ONIXMessage release=\"3.0\" xmlns=\"" + OnixReader.NAMESPACE + "\">\n");
            out.write("<Header><Sender><SenderName>Påhittad leverantör (demo)</SenderName></Sender><SentDateTime>20261207</SentDateTime></Header>\n");
            for (Item item : items) {
                product(out, item);
            }
            out.write("</ONIXMessage>\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void product(Writer out, Item item) throws IOException {
        out.write("<Product>\n");
        out.write(" <RecordReference>" + esc(item.reference()) + "</RecordReference>\n");
        out.write(" <NotificationType>03</NotificationType>\n");
        out.write(" <ProductIdentifier><ProductIDType>15</ProductIDType><IDValue>" + OnixChecks.isbn13(item.isbn12()) + "</IDValue></ProductIdentifier>\n");
        out.write(" <DescriptiveDetail>\n");
        out.write("  <ProductComposition>00</ProductComposition>\n");
        out.write("  <ProductForm>" + item.form() + "</ProductForm>\n");
        out.write("  <TitleDetail><TitleType>01</TitleType><TitleElement><TitleElementLevel>01</TitleElementLevel><TitleText>"
                + esc(item.title()) + "</TitleText></TitleElement></TitleDetail>\n");
        out.write("  <Contributor><SequenceNumber>1</SequenceNumber><ContributorRole>A01</ContributorRole><PersonName>" + esc(item.author())
                + "</PersonName></Contributor>\n");
        out.write("  <Language><LanguageRole>01</LanguageRole><LanguageCode>" + item.language() + "</LanguageCode></Language>\n");
        out.write("  <Subject><MainSubject/><SubjectSchemeIdentifier>93</SubjectSchemeIdentifier><SubjectSchemeVersion>1.5</SubjectSchemeVersion><SubjectCode>"
                + item.thema() + "</SubjectCode></Subject>\n");
        out.write("  <AudienceRange><AudienceRangeQualifier>17</AudienceRangeQualifier><AudienceRangePrecision>03</AudienceRangePrecision><AudienceRangeValue>"
                + item.ageFrom() + "</AudienceRangeValue><AudienceRangePrecision>04</AudienceRangePrecision><AudienceRangeValue>" + item.ageTo()
                + "</AudienceRangeValue></AudienceRange>\n");
        out.write(" </DescriptiveDetail>\n");
        out.write(" <CollateralDetail><TextContent><TextType>03</TextType><ContentAudience>00</ContentAudience><Text>" + esc(item.description())
                + "</Text></TextContent></CollateralDetail>\n");
        out.write(" <PublishingDetail><Publisher><PublishingRole>01</PublishingRole><PublisherName>Påhittade förlaget (demo)</PublisherName></Publisher>"
                + "<PublishingDate><PublishingDateRole>01</PublishingDateRole><Date>2025" + String.format(Locale.ROOT, "%02d", 1 + Math.floorMod(item.isbn12().hashCode(), 12))
                + "01</Date></PublishingDate></PublishingDetail>\n");
        out.write("</Product>\n");
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
