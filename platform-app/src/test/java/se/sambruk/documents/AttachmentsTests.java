package se.sambruk.documents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockMultipartFile;
import se.sambruk.PlatformTest;
import se.sambruk.core.documents.Attachment;
import se.sambruk.core.documents.Attachments;
import se.sambruk.core.documents.FileType;
import se.sambruk.core.documents.PdfDocument;
import se.sambruk.core.documents.RefusedFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentsTests extends PlatformTest {

    @Autowired
    Attachments attachments;

    @Test
    void aFileIsStoredCheckedAndReadBackOnlyByItsOrganisationAndService() {
        long ale = organisationId("Ale");
        long malmo = organisationId("Malmö");
        String ref = "case:" + System.nanoTime();
        byte[] pdf = PdfDocument.titled("Intyg för Åsa").paragraph("Text").render();

        Attachment stored = attachments.store(ale, "provisum", ref, new MockMultipartFile("file", "../../Intyg Åsa\r\n.exe", "application/x-msdownload", pdf),
                FileType.DOCUMENTS);
        assertThat(stored.type()).isEqualTo(FileType.PDF);
        assertThat(stored.fileName()).isEqualTo("Intyg Åsa__.exe.pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).hasSize(64);

        assertThat(attachments.read(stored.id(), ale, "provisum")).hasValueSatisfying(file -> assertThat(file.content()).isEqualTo(pdf));
        assertThat(attachments.read(stored.id(), malmo, "provisum")).isEmpty();
        assertThat(attachments.read(stored.id(), ale, "uka")).isEmpty();
        assertThat(attachments.list(ale, "provisum", ref)).extracting(Attachment::id).containsExactly(stored.id());
        assertThat(attachments.list(malmo, "provisum", ref)).isEmpty();

        ResponseEntity<byte[]> download = attachments.download(stored.id(), ale, "provisum");
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(download.getHeaders().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Intyg Asa__.exe.pdf\"; filename*=UTF-8''Intyg%20%C3%85sa__.exe.pdf");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(attachments.download(stored.id(), malmo, "provisum").getStatusCode().value()).isEqualTo(404);

        assertThat(jdbc.queryForObject("select count(*) from core.audit_event where target_type = 'attachment' and target_id = ?",
                Integer.class, String.valueOf(stored.id()))).isGreaterThanOrEqualTo(3); // stored, read, downloaded

        assertThat(attachments.delete(stored.id(), malmo, "provisum")).isFalse();
        assertThat(attachments.delete(stored.id(), ale, "provisum")).isTrue();
        assertThat(attachments.read(stored.id(), ale, "provisum")).isEmpty();
    }

    @Test
    void theContentNotTheNameDecidesAndBigOrEmptyFilesAreRefused() {
        long ale = organisationId("Ale");
        byte[] program = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> attachments.store(ale, "provisum", "case:1", "kontoutdrag.pdf", program, FileType.DOCUMENTS))
                .isInstanceOfSatisfying(RefusedFile.class, refused -> assertThat(refused.reason()).isEqualTo(RefusedFile.Reason.TYPE_NOT_ALLOWED))
                .hasMessageContaining("PDF");
        byte[] text = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> attachments.store(ale, "provisum", "case:1", "bild.png", text, FileType.IMAGES))
                .isInstanceOf(RefusedFile.class);
        byte[] huge = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), (int) attachments.maxSize() + 1);
        assertThatThrownBy(() -> attachments.store(ale, "provisum", "case:1", "stor.pdf", huge, FileType.DOCUMENTS))
                .isInstanceOfSatisfying(RefusedFile.class, refused -> assertThat(refused.reason()).isEqualTo(RefusedFile.Reason.TOO_BIG))
                .hasMessage("Filen är större än 10 MB.");
        assertThatThrownBy(() -> attachments.store(ale, "provisum", "case:1", "tom.pdf", new byte[0], FileType.DOCUMENTS))
                .isInstanceOfSatisfying(RefusedFile.class, refused -> assertThat(refused.reason()).isEqualTo(RefusedFile.Reason.EMPTY));
        assertThat(jdbc.queryForObject("select count(*) from core.attachment where organisation_id = ? and owner_ref = 'case:1'", Integer.class, ale))
                .isZero();
    }
}
