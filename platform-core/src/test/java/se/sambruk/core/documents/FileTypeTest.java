package se.sambruk.core.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypeTest {

    @Test
    void theContentDecidesNotTheName() {
        byte[] pdf = PdfDocument.titled("Intyg").paragraph("Åsa").render();
        assertThat(FileType.sniff(pdf, "intyg.exe")).contains(FileType.PDF);
        assertThat(FileType.sniff(Xlsx.write(Table.of("a", List.of("a"), List.of())), "lista.pdf")).contains(FileType.XLSX);
        assertThat(FileType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "foto.png")).contains(FileType.JPEG);
        assertThat(FileType.sniff("MZ\0\0 program".getBytes(StandardCharsets.ISO_8859_1), "brev.pdf")).isEmpty();
        assertThat(FileType.sniff("namn;ålder\nÅsa;9\n".getBytes(StandardCharsets.UTF_8), "klass.csv")).contains(FileType.CSV);
        assertThat(FileType.sniff("hej".getBytes(StandardCharsets.UTF_8), "hej.txt")).contains(FileType.TXT);
        assertThat(FileType.sniff(new byte[] {'P', 'K', 3, 4, 0, 0}, "x.docx")).isEqualTo(Optional.empty());
        assertThat(FileType.sniff(new byte[0], "x")).isEmpty();
    }

    @Test
    void fileNamesAreMadeSafe() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\Users\\anna\\Beslut 2026.pdf")).isEqualTo("Beslut 2026.pdf");
        assertThat(FileNames.sanitise("a\r\nContent-Type: x\".pdf")).isEqualTo("a__Content-Type_ x_.pdf");
        assertThat(FileNames.sanitise(".htaccess")).isEqualTo("htaccess");
        assertThat(FileNames.sanitise("   ")).isEqualTo("fil");
        assertThat(FileNames.sanitise("x".repeat(300) + ".pdf")).hasSize(150).endsWith(".pdf");
        assertThat(Downloads.contentDisposition("Beslut för Åsa.pdf", true))
                .isEqualTo("attachment; filename=\"Beslut for Asa.pdf\"; filename*=UTF-8''Beslut%20f%C3%B6r%20%C3%85sa.pdf");
    }
}
