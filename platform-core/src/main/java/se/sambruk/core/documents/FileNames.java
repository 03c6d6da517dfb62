package se.sambruk.core.documents;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names from users made safe: no folders ({@code ../}, {@code C:\}), no control characters,
 * no characters Windows refuses ({@code <>:"/\|?*}), no leading dots, at most 150 characters
 * (the extension kept), never empty.
 */
public final class FileNames {

    private static final int MAX = 150;

    private FileNames() {
    }

    /** A name that is safe to store, show and send back in a header. */
    public static String sanitise(String name) {
        String text = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
        text = text.substring(slash + 1);
        text = text.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "_").strip();
        text = text.replaceFirst("^[.\\s]+", "");
        if (text.length() > MAX) {
            int dot = text.lastIndexOf('.');
            String extension = dot > 0 && text.length() - dot <= 10 ? text.substring(dot) : "";
            text = text.substring(0, MAX - extension.length()) + extension;
        }
        return text.isBlank() ? "fil" : text;
    }

    /** The name in printable ASCII for the plain {@code filename=} parameter (å → a, others → _). */
    static String ascii(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder();
        for (char c : stripped.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return ascii.toString();
    }

    /** RFC 5987 encoding for {@code filename*=UTF-8''...}. */
    static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
