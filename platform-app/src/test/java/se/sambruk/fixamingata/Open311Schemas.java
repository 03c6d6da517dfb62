package se.sambruk.fixamingata;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.jayway.jsonpath.JsonPath;
import org.xml.sax.SAXException;

/**
 * GeoReport v2's answers as the standard's field tables describe them (and FixMyStreet's
 * servicerequestupdates extension): an XSD per answer in {@code src/test/resources/open311}, and the
 * same tables for JSON below. {@link #problems} lists what is wrong with a body; empty when it conforms.
 */
final class Open311Schemas {

    /** The answers the server gives, each with its XSD and its JSON shape (one object, or an array of records). */
    enum Kind {
        DISCOVERY("discovery.xsd", false, List.of(
                f("changeset", Type.DATETIME), f("contact", Type.STRING), f("key_service", Type.STRING),
                opt("max_requests", Type.POSITIVE), f("endpoints", Type.RECORDS, List.of(
                        f("specification", Type.URL), f("url", Type.URL), f("changeset", Type.DATETIME),
                        f("type", Type.enumOf("production", "test")), f("formats", Type.STRINGS))))),
        SERVICES("services.xsd", true, List.of(
                f("service_code", Type.NONEMPTY), f("service_name", Type.NONEMPTY), f("description", Type.STRING),
                f("metadata", Type.BOOLEAN), f("type", Type.enumOf("realtime", "batch", "blackbox")), f("keywords", Type.STRING),
                f("group", Type.STRING))),
        SERVICE_DEFINITION("service_definition.xsd", false, List.of(
                f("service_code", Type.NONEMPTY), f("attributes", Type.RECORDS, List.of(
                        f("variable", Type.BOOLEAN), f("code", Type.NONEMPTY),
                        f("datatype", Type.enumOf("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist")),
                        f("required", Type.BOOLEAN), f("datatype_description", Type.STRING), f("order", Type.POSITIVE),
                        f("description", Type.NONEMPTY), opt("values", Type.RECORDS, List.of(f("key", Type.NONEMPTY), f("name", Type.NONEMPTY))))))),
        REQUESTS("requests.xsd", true, List.of(
                f("service_request_id", Type.NONEMPTY), f("status", Type.enumOf("open", "closed")), opt("status_notes", Type.STRING),
                f("service_name", Type.STRING), f("service_code", Type.NONEMPTY), opt("description", Type.STRING),
                opt("agency_responsible", Type.STRING), opt("service_notice", Type.STRING), f("requested_datetime", Type.DATETIME),
                opt("updated_datetime", Type.DATETIME), opt("expected_datetime", Type.DATETIME), opt("address", Type.STRING),
                opt("address_id", Type.STRING), opt("zipcode", Type.STRING), f("lat", Type.NUMBER), f("long", Type.NUMBER),
                opt("media_url", Type.URL))),
        REQUEST_CREATED("request_created.xsd", true, List.of(
                opt("service_request_id", Type.STRING), opt("token", Type.STRING), opt("service_notice", Type.STRING),
                opt("account_id", Type.STRING))),
        UPDATES("updates.xsd", true, List.of(
                f("update_id", Type.NONEMPTY), f("service_request_id", Type.NONEMPTY),
                f("status", Type.enumOf("open", "closed", "fixed", "investigating", "in_progress", "action_scheduled", "duplicate",
                        "not_councils_responsibility", "no_further_action", "internal_referral")),
                f("updated_datetime", Type.DATETIME), f("description", Type.STRING), f("media_url", Type.URL_OR_EMPTY),
                opt("external_status_code", Type.STRING))),
        UPDATE_CREATED("update_created.xsd", true, List.of(f("update_id", Type.NONEMPTY))),
        ERRORS("errors.xsd", true, List.of(f("code", Type.ERROR_CODE), f("description", Type.NONEMPTY)));

        final String xsd;
        final boolean array;
        final List<Field> fields;

        Kind(String xsd, boolean array, List<Field> fields) {
            this.xsd = xsd;
            this.array = array;
            this.fields = fields;
        }
    }

    /** A field of the table: required or not (an optional one may be absent or null), its type, and for records their fields. */
    record Field(String name, boolean required, Type type, List<Field> fields) {
    }

    static Field f(String name, Type type) {
        return new Field(name, true, type, List.of());
    }

    static Field f(String name, Type type, List<Field> fields) {
        return new Field(name, true, type, fields);
    }

    static Field opt(String name, Type type) {
        return new Field(name, false, type, List.of());
    }

    static Field opt(String name, Type type, List<Field> fields) {
        return new Field(name, false, type, fields);
    }

    record Type(String name, Set<String> values) {
        static final Type STRING = new Type("string", null), NONEMPTY = new Type("non-empty string", null), BOOLEAN = new Type("boolean", null),
                NUMBER = new Type("number", null), POSITIVE = new Type("positive integer", null), DATETIME = new Type("W3C date-time", null),
                URL = new Type("http(s) URL", null), URL_OR_EMPTY = new Type("http(s) URL or empty", null),
                RECORDS = new Type("list of records", null), STRINGS = new Type("list of strings", null),
                ERROR_CODE = new Type("HTTP error code", null);

        static Type enumOf(String... values) {
            return new Type("one of " + String.join(", ", values), Set.of(values));
        }
    }

    private Open311Schemas() {
    }

    /** What does not conform in the body: the XSD's complaints for XML, the table's for JSON. */
    static List<String> problems(Kind kind, boolean xml, byte[] body) {
        return xml ? xmlProblems(kind, body) : jsonProblems(kind, new String(body, StandardCharsets.UTF_8));
    }

    private static final Map<Kind, Schema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> xmlProblems(Kind kind, byte[] body) {
        Schema schema = SCHEMAS.computeIfAbsent(kind, k -> {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                return factory.newSchema(Open311Schemas.class.getResource("/open311/" + k.xsd));
            } catch (SAXException broken) {
                throw new IllegalStateException(k.xsd, broken);
            }
        });
        try {
            schema.newValidator().validate(new StreamSource(new java.io.ByteArrayInputStream(body)));
            return List.of();
        } catch (SAXException | java.io.IOException invalid) {
            return List.of(kind.xsd + ": " + invalid.getMessage());
        }
    }

    private static List<String> jsonProblems(Kind kind, String body) {
        List<String> problems = new ArrayList<>();
        Object root;
        try {
            root = JsonPath.parse(body).json();
        } catch (RuntimeException unreadable) {
            return List.of("not JSON: " + body);
        }
        if (kind.array) {
            if (!(root instanceof List<?> records)) {
                return List.of("expected an array, got " + body);
            }
            for (int i = 0; i < records.size(); i++) {
                record("$[" + i + "]", records.get(i), kind.fields, problems);
            }
        } else {
            record("$", root, kind.fields, problems);
        }
        return problems;
    }

    private static void record(String at, Object value, List<Field> fields, List<String> problems) {
        if (!(value instanceof Map<?, ?> record)) {
            problems.add(at + ": expected an object, got " + value);
            return;
        }
        Set<String> known = new java.util.HashSet<>();
        for (Field field : fields) {
            known.add(field.name());
            Object v = record.get(field.name());
            if (v == null) {
                if (field.required()) {
                    problems.add(at + "." + field.name() + ": required");
                }
                continue;
            }
            String problem = check(field, v, at + "." + field.name(), problems);
            if (problem != null) {
                problems.add(at + "." + field.name() + ": expected " + field.type().name() + ", got " + v);
            }
        }
        for (Object name : record.keySet()) {
            if (!known.contains(String.valueOf(name))) {
                problems.add(at + "." + name + ": not a field of the standard");
            }
        }
    }

    private static String check(Field field, Object v, String at, List<String> problems) {
        Type type = field.type();
        if (type.values() != null) {
            return v instanceof String s && type.values().contains(s) ? null : "bad";
        }
        if (type == Type.STRING) {
            return v instanceof String ? null : "bad";
        }
        if (type == Type.NONEMPTY) {
            return v instanceof String s && !s.isEmpty() ? null : "bad";
        }
        if (type == Type.BOOLEAN) {
            return v instanceof Boolean ? null : "bad";
        }
        if (type == Type.NUMBER) {
            return v instanceof Number ? null : "bad";
        }
        if (type == Type.POSITIVE) {
            return (v instanceof Integer || v instanceof Long) && ((Number) v).longValue() > 0 ? null : "bad";
        }
        if (type == Type.ERROR_CODE) {
            return v instanceof Integer code && code >= 400 && code <= 599 ? null : "bad";
        }
        if (type == Type.DATETIME) {
            try {
                OffsetDateTime.parse(String.valueOf(v));
                return v instanceof String ? null : "bad";
            } catch (DateTimeParseException notADate) {
                return "bad";
            }
        }
        if (type == Type.URL || type == Type.URL_OR_EMPTY) {
            return v instanceof String s && (s.matches("https?://\\S+") || type == Type.URL_OR_EMPTY && s.isEmpty()) ? null : "bad";
        }
        if (type == Type.STRINGS) {
            return v instanceof List<?> items && items.stream().allMatch(String.class::isInstance) ? null : "bad";
        }
        if (type == Type.RECORDS) {
            if (!(v instanceof List<?> items)) {
                return "bad";
            }
            for (int i = 0; i < items.size(); i++) {
                record(at + "[" + i + "]", items.get(i), field.fields(), problems);
            }
            return null;
        }
        throw new IllegalStateException(type.name());
    }
}
