package se.sambruk.fixamingata.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotosTests {

    @Test
    void aLargePhotoIsScaledDownAndWrittenAsJpegWithoutExif() throws Exception {
        BufferedImage big = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(big, "png", png);
        byte[] cleaned = Photos.clean(png.toByteArray());
        BufferedImage result = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(Math.max(result.getWidth(), result.getHeight())).isEqualTo(1600);
        assertThat(cleaned[0] & 0xff).isEqualTo(0xff);
        assertThat(cleaned[1] & 0xff).isEqualTo(0xd8);
        // no APP1 (EXIF) segment: the bytes after SOI start with APP0 (JFIF) and contain no "Exif"
        assertThat(new String(cleaned, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    }

    @Test
    void exifInTheUploadIsGoneAfterwards() throws Exception {
        byte[] withExif = jpegWithExif();
        assertThat(new String(withExif, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Exif");
        byte[] cleaned = Photos.clean(withExif);
        assertThat(new String(cleaned, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
    }

    @Test
    void aFileThatIsNoImageIsRefused() {
        assertThatThrownBy(() -> Photos.clean("%PDF-1.7 not a picture".getBytes()))
                .isInstanceOfSatisfying(Photos.RefusedPhoto.class, refused -> assertThat(refused.problem()).isEqualTo(Photos.Problem.NOT_AN_IMAGE));
    }

    @Test
    void aFileOver10MegabytesIsRefused() {
        assertThatThrownBy(() -> Photos.clean(new byte[20 * 1024 * 1024]))
                .isInstanceOfSatisfying(Photos.RefusedPhoto.class, refused -> assertThat(refused.problem()).isEqualTo(Photos.Problem.TOO_LARGE));
    }

    /** A small JPEG with an APP1 Exif segment (with the text GPS in it) right after SOI. */
    static byte[] jpegWithExif() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = "Exif\0\0GPS 57.96N 12.15E fake".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xff);
        out.write(0xe1);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xff);
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
