package se.sambruk.sweeps;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * A hostile or careless value for any input, ready for a URL or form body (percent-encoded) and
 * for a JSON body (bytes), so that bytes that are not UTF-8 arrive as bytes.
 */
record BadValue(String label, String urlEncoded, byte[] json) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One of each kind; every handler gets each of them in every input. */
    static final List<BadValue> ALL = List.of(
            text("empty", ""),
            text("10,000 characters", "x".repeat(10_000)),
            new BadValue("invalid UTF-8", "%C3%28%FF%FE", new byte[]{'"', (byte) 0xC3, '(', (byte) 0xFF, (byte) 0xFE, '"'}),
            text("NUL", "a\u0000b"),
            text("escape", "\u001b[31mred"),
            text("script", SweepTest.SCRIPT),
            text("SQL or", "' or 1=1 --"),
            text("SQL drop", "'; drop table core.organisation; --"),
            number("-1"),
            number("9999999999999999999"),
            number("987654321")); // an id no record has

    /** JSON bodies that are not what any handler reads. */
    static final List<byte[]> MALFORMED_JSON = List.of(
            new byte[0], "{".getBytes(StandardCharsets.UTF_8), "null".getBytes(StandardCharsets.UTF_8),
            "[]".getBytes(StandardCharsets.UTF_8), "\"text\"".getBytes(StandardCharsets.UTF_8));

    static BadValue text(String label, String text) {
        return new BadValue(label, SweepTest.encode(text), JSON.writeValueAsBytes(text));
    }

    static BadValue number(String digits) {
        return new BadValue(digits, digits, digits.getBytes(StandardCharsets.US_ASCII));
    }

    /** A JSON object with this value in every field. */
    byte[] jsonObject(List<String> fields) {
        ByteArrayOutputStream object = new ByteArrayOutputStream();
        object.writeBytes("{".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < fields.size(); i++) {
            object.writeBytes(((i == 0 ? "" : ",") + "\"" + fields.get(i) + "\":").getBytes(StandardCharsets.UTF_8));
            object.writeBytes(json);
        }
        object.writeBytes("}".getBytes(StandardCharsets.UTF_8));
        return object.toByteArray();
    }

    @Override
    public String toString() {
        return label;
    }
}
