package se.sambruk.fixamingata.open311;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoReport v2's two formats for the same lists of records: XML ({@code <service_requests><request>...})
 * and JSON (an array of objects). Values are strings, numbers, booleans, nested lists of strings or null.
 */
enum Open311Format {
    XML(MediaType.TEXT_XML), JSON(MediaType.APPLICATION_JSON);

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    static Open311Format parse(String format) {
        if ("xml".equalsIgnoreCase(format)) {
            return XML;
        }
        if ("json".equalsIgnoreCase(format)) {
            return JSON;
        }
        return null;
    }

    ResponseEntity<byte[]> list(HttpStatus status, String root, String item, List<? extends Map<String, ?>> records) {
        byte[] body;
        if (this == JSON) {
            body = MAPPER.writeValueAsBytes(records);
        } else {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
            for (Map<String, ?> record : records) {
                xml.append('<').append(item).append('>');
                record.forEach((name, value) -> element(xml, name, value));
                xml.append("</").append(item).append('>');
            }
            xml.append("</").append(root).append(">\n");
            body = xml.toString().getBytes(StandardCharsets.UTF_8);
        }
        return ResponseEntity.status(status).contentType(new MediaType(mediaType, StandardCharsets.UTF_8)).body(body);
    }

    /** One record at the root, as discovery is: a JSON object, or the record's elements inside the root element. */
    ResponseEntity<byte[]> single(String root, Map<String, ?> record) {
        byte[] body;
        if (this == JSON) {
            body = MAPPER.writeValueAsBytes(record);
        } else {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            element(xml, root, record);
            body = xml.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok().contentType(new MediaType(mediaType, StandardCharsets.UTF_8)).body(body);
    }

    /** The standard's error list: {@code <errors><error><code>400</code><description>...}, code first. */
    ResponseEntity<byte[]> error(HttpStatus status, String description) {
        return list(status, "errors", "error", List.of(errorRecord(status.value(), description)));
    }

    /** The error list's body alone, for answers made outside the controller (the envelope filter). */
    byte[] errorBody(int status, String description) {
        return list(HttpStatus.OK, "errors", "error", List.of(errorRecord(status, description))).getBody();
    }

    MediaType mediaType() {
        return new MediaType(mediaType, StandardCharsets.UTF_8);
    }

    /** The format a path asks for: XML for {@code .xml}, JSON otherwise (also for paths we do not know). */
    static Open311Format ofPath(String path) {
        return path != null && path.toLowerCase(java.util.Locale.ROOT).endsWith(".xml") ? XML : JSON;
    }

    private static Map<String, Object> errorRecord(int code, String description) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        return error;
    }

    private static void element(StringBuilder xml, String name, Object value) {
        if (value instanceof Map<?, ?> nested) {
            xml.append('<').append(name).append('>');
            nested.forEach((key, inner) -> element(xml, String.valueOf(key), inner));
            xml.append("</").append(name).append('>');
            return;
        }
        if (value instanceof List<?> items) {
            xml.append('<').append(name).append('>');
            for (Object each : items) {
                element(xml, name.endsWith("s") ? name.substring(0, name.length() - 1) : "item", each);
            }
            xml.append("</").append(name).append('>');
            return;
        }
        xml.append('<').append(name).append('>');
        if (value != null) {
            escape(xml, String.valueOf(value));
        }
        xml.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        xml.append(c);
                    }
                }
            }
        }
    }
}
