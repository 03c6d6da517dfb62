package se.sambruk.core.documents;

import java.math.BigDecimal;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentTest {

    @Test
    void swedishAndSamiTextRendersWithAnEmbeddedFont() throws Exception {
        byte[] pdf = PdfDocument.titled("Beslut om ekonomiskt bistånd")
                .subtitle("Jåhkåmåhke suohkan – Jokkmokks kommun")
                .fact("Diarienummer", "MF 2026/17")
                .heading("Beslut")
                .paragraph("Ärendet gäller Örjan Ålund, född 1990. Beloppet är 4 500 €.\nAndra raden: ŋ đ ŧ ž č.")
                .table(List.of("Månad", "Belopp"), List.of(List.of("januari", new BigDecimal("4500.00"))))
                .signature("Anna Andersson, handläggare")
                .footer("Sambruk")
                .render();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Beslut om ekonomiskt bistånd", "Jåhkåmåhke", "Örjan Ålund", "4 500 €", "ŋ đ ŧ ž č", "4500,00",
                "Anna Andersson, handläggare", "Sida 1");
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/FontFile2").contains("LiberationSans");
        assertThat(reader.getInfo().get("Title")).isEqualTo("Beslut om ekonomiskt bistånd");
    }

    @Test
    void aLongTableRunsOverPages() throws Exception {
        List<List<?>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(List.of(i, "rad " + i));
        }
        byte[] pdf = PdfDocument.titled("Lista").table(List.of("nr", "text"), rows).render();
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages())).contains("rad 199", "nr");
    }
}
