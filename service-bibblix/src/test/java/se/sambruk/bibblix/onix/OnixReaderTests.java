package se.sambruk.bibblix.onix;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.sambruk.bibblix.demo.DemoBooks;
import se.sambruk.bibblix.demo.OnixWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading ONIX 3.0 feeds: EDItEUR's schema per record, the checks the schema cannot make, and broken feeds. */
class OnixReaderTests {

    static String feed(List<OnixWriter.Item> items) {
        StringWriter out = new StringWriter();
        OnixWriter.write(out, items);
        return out.toString();
    }

    static List<OnixReader.Result> read(String xml) throws OnixReader.BrokenFeed {
        List<OnixReader.Result> results = new ArrayList<>();
        OnixReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), results::add);
        return results;
    }

    @Test
    void theDemoFeedIsValidOnixExceptItsOneBrokenRecord() throws Exception {
        String xml = feed(DemoBooks.feedItems());
        assertThat(OnixReader.count(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))).isEqualTo(63);
        List<OnixReader.Result> results = read(xml);
        assertThat(results).hasSize(63);
        assertThat(results.stream().filter(OnixReader.Result::ok)).hasSize(62);
        OnixReader.Result broken = results.stream().filter(r -> !r.ok()).findFirst().orElseThrow();
        assertThat(broken.reference()).isEqualTo("bibblix-demo-trasig");
        assertThat(broken.recordNo()).isEqualTo(63);
        assertThat(broken.line()).isGreaterThan(1);
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p).contains("ZZ9"));
        OnixProduct first = results.get(0).product();
        assertThat(first.title()).isEqualTo("Draken under sängen");
        assertThat(first.authors()).isEqualTo("Lova Ekström");
        assertThat(first.ageFrom()).isEqualTo(6);
        assertThat(first.ageTo()).isEqualTo(8);
        assertThat(first.thema()).containsExactly("YFH");
        assertThat(first.language()).isEqualTo("swe");
        assertThat(first.productForm()).isEqualTo("ED");
        assertThat(OnixChecks.isbn13Ok(first.isbn())).isTrue();
        assertThat(first.description()).startsWith("Det bor en liten drake");
        assertThat(first.publishedYear()).isEqualTo(2025);
    }

    @Test
    void aRecordThatBreaksTheSchemaIsReportedAndTheRestAreRead() throws Exception {
        String good = feed(List.of(item("a", "Första"), item("b", "Andra")));
        // the second record loses its NotificationType, which the schema requires, and gets an element the schema does not know
        String xml = good.replaceFirst("(<RecordReference>b</RecordReference>\\s*)<NotificationType>03</NotificationType>", "$1<Okänd>x</Okänd>");
        List<OnixReader.Result> results = read(xml);
        assertThat(results).hasSize(2);
        assertThat(results.get(0).ok()).isTrue();
        assertThat(results.get(1).ok()).isFalse();
        assertThat(results.get(1).reference()).isEqualTo("b");
        assertThat(results.get(1).problems().get(0)).startsWith("Bryter mot ONIX-schemat");
    }

    @Test
    void theChecksCatchWhatTheSchemaCannot() throws Exception {
        String goodIsbn = OnixChecks.isbn13("979129000007");
        String badIsbn = goodIsbn.substring(0, 12) + (char) ('0' + (goodIsbn.charAt(12) - '0' + 1) % 10);
        String xml = feed(List.of(
                        new OnixWriter.Item("isbn", "979129000007", "Fel ISBN", "A", "YFH", 6, 9, "Text.", "ED", "swe"),
                        new OnixWriter.Item("ages", "979129000008", "Bakvänd", "A", "YFH", 11, 7, "Text.", "ED", "swe"),
                        new OnixWriter.Item("ok", "979129000009", "Rätt", "A", "YFH", 6, 9, "Text.", "ED", "swe")))
                .replace(goodIsbn, badIsbn);
        List<OnixReader.Result> results = read(xml);
        assertThat(results.get(0).problems()).anySatisfy(p -> assertThat(p).contains("kontrollsiffra"));
        assertThat(results.get(1).problems()).anySatisfy(p -> assertThat(p).contains("bakvänt"));
        assertThat(results.get(2).ok()).isTrue();
    }

    @Test
    void aFeedThatIsNotWellFormedIsBrokenWithItsLine() {
        String xml = feed(List.of(item("a", "Första"), item("b", "Andra"))).replace("</Product>\n<Product>", "</Product>\n<Product><Oops>");
        assertThatThrownBy(() -> OnixReader.count(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(OnixReader.BrokenFeed.class).hasMessageContaining("inte välformad");
    }

    @Test
    void shortTagsAndOtherXmlAreRefusedAsAWhole() {
        String shortTags = "<?xml version=\"1.0\"?><ONIXmessage release=\"3.0\" xmlns=\"" + OnixReader.SHORT_NAMESPACE + "\"><product/></ONIXmessage>";
        assertThatThrownBy(() -> OnixReader.count(new ByteArrayInputStream(shortTags.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(OnixReader.BrokenFeed.class).hasMessageContaining("korta taggar");
        String other = "<?xml version=\"1.0\"?><rss><channel/></rss>";
        assertThatThrownBy(() -> OnixReader.count(new ByteArrayInputStream(other.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(OnixReader.BrokenFeed.class).hasMessageContaining("inte ett ONIX");
    }

    @Test
    void externalEntitiesAreNotRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><ONIXMessage release=\"3.0\" xmlns=\""
                + OnixReader.NAMESPACE + "\"><Product><RecordReference>&e;</RecordReference></Product></ONIXMessage>";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(OnixReader.BrokenFeed.class);
    }

    @Test
    void theIsbnCheckDigitAndThemaShapesAreChecked() {
        assertThat(OnixChecks.isbn13Ok("9789129688313")).isTrue();
        assertThat(OnixChecks.isbn13Ok("9789129688314")).isFalse();
        assertThat(OnixChecks.isbn13Ok("978912968831")).isFalse();
        assertThat(OnixChecks.themaOk("93", "YFH")).isTrue();
        assertThat(OnixChecks.themaOk("93", "ZZ9")).isFalse();
        assertThat(OnixChecks.themaOk("98", "5AG")).isTrue();
        assertThat(OnixChecks.themaOk("98", "1DNS")).isFalse();
        assertThat(OnixChecks.themaOk("94", "1DNS-SE-B")).isTrue();
        assertThat(OnixChecks.themaInterestAge("5AJ")).isEqualTo(8);
    }

    static OnixWriter.Item item(String reference, String title) {
        return new OnixWriter.Item(reference, "979129" + String.format("%06d", Math.abs(reference.hashCode()) % 1_000_000), title, "Författare",
                "YFH", 6, 9, "Text.", "ED", "swe");
    }
}
