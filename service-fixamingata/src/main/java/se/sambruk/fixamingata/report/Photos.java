package se.sambruk.fixamingata.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Residents' photos: read with javax.imageio, scaled down to at most {@link #MAX_SIDE} pixels and
 * written anew as JPEG. Only the pixels are written, so EXIF (the phone's position, its serial
 * number, the time) and every other piece of metadata is gone.
 */
public final class Photos {

    public static final int MAX_PHOTOS = 3;
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_SIDE = 1600;
    /** Refuse decompression bombs: a small file that claims a huge picture. */
    private static final long MAX_PIXELS = 50_000_000L;

    private Photos() {
    }

    /** Why a file was refused; the message key {@code fmg.photo.NAME}. */
    public enum Problem { TOO_LARGE, NOT_AN_IMAGE }

    public static final class RefusedPhoto extends Exception {
        private final Problem problem;

        RefusedPhoto(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public static byte[] clean(byte[] upload) throws RefusedPhoto {
        if (upload.length > MAX_BYTES) {
            throw new RefusedPhoto(Problem.TOO_LARGE);
        }
        BufferedImage image = read(upload);
        int width = image.getWidth(), height = image.getHeight();
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(width, height));
        int newWidth = Math.max(1, (int) Math.round(width * scale)), newHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage rgb = new BufferedImage(newWidth, newHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, newWidth, newHeight);
        graphics.drawImage(image, 0, 0, newWidth, newHeight, null);
        graphics.dispose();
        return jpeg(rgb);
    }

    private static BufferedImage read(byte[] upload) throws RefusedPhoto {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new RefusedPhoto(Problem.NOT_AN_IMAGE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new RefusedPhoto(Problem.TOO_LARGE);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            throw new RefusedPhoto(Problem.NOT_AN_IMAGE);
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException impossible) {
            throw new IllegalStateException("Cannot write JPEG in memory", impossible);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
