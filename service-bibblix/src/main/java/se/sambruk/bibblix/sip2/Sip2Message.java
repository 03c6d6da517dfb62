package se.sambruk.bibblix.sip2;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A SIP2 message as the 3M Standard Interchange Protocol v2.00 lays it out: a two-digit command,
 * fixed-length fields, then variable fields of a two-letter id, the value and a pipe; with error
 * detection a sequence number (AY, one digit) and a checksum (AZ, four hex digits: the two's
 * complement of the 16-bit sum of every character before it, "AZ" included). Messages end with a
 * carriage return.
 */
public record Sip2Message(String command, String fixed, Map<String, String> fields) {

    static final DateTimeFormatter TRANSACTION_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'    'HHmmss", Locale.ROOT);

    /** Builds the wire form (without the carriage return); with a sequence number, AY and AZ are added. */
    public String encode(Integer sequence) {
        StringBuilder out = new StringBuilder(command).append(fixed);
        fields.forEach((id, value) -> out.append(id).append(clean(value)).append('|'));
        if (sequence != null) {
            out.append("AY").append(sequence % 10).append("AZ");
            out.append(checksum(out));
        }
        return out.toString();
    }

    /** The checksum of everything before it (the text ends with "AZ"). */
    static String checksum(CharSequence text) {
        int sum = 0;
        for (byte b : text.toString().getBytes(StandardCharsets.ISO_8859_1)) {
            sum += b & 0xFF;
        }
        return String.format(Locale.ROOT, "%04X", (-sum) & 0xFFFF);
    }

    /** Whether a received message carries a checksum and it is right (a message without AZ passes). */
    static boolean checksumOk(String message) {
        int at = message.lastIndexOf("AZ");
        if (at < 0 || at + 6 != message.length()) {
            return at < 0;
        }
        return checksum(message.substring(0, at + 2)).equalsIgnoreCase(message.substring(at + 2));
    }

    /** Field values may not contain the separator or line ends. */
    private static String clean(String value) {
        return value == null ? "" : value.replace("|", "").replace("\r", "").replace("\n", "");
    }

    public Optional<String> field(String id) {
        return Optional.ofNullable(fields.get(id));
    }

    /** Login (93): UID and PWD algorithm 0 (plain), CN user, CO password, CP location. */
    static Sip2Message login(String user, String password, String location) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("CN", user);
        fields.put("CO", password);
        if (location != null && !location.isBlank()) {
            fields.put("CP", location);
        }
        return new Sip2Message("93", "00", fields);
    }

    /** Patron Information (63): language 000 (unknown), the transaction date, an empty summary; AO, AA, AC, AD. */
    static Sip2Message patronInformation(String institution, String card, String pin, LocalDateTime now) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("AO", institution);
        fields.put("AA", card);
        fields.put("AC", "");
        fields.put("AD", pin);
        return new Sip2Message("63", "000" + TRANSACTION_DATE.format(now) + " ".repeat(10), fields);
    }

    /** Reads a message; the length of the fixed part depends on the command. Throws on anything it cannot read. */
    public static Sip2Message parse(String text) {
        String message = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        if (message.length() < 2 || !Character.isDigit(message.charAt(0)) || !Character.isDigit(message.charAt(1))) {
            throw new Sip2Exception("not a SIP2 message");
        }
        String command = message.substring(0, 2);
        int fixedLength = switch (command) {
            case "94" -> 1;                       // ok
            case "64" -> 14 + 3 + 18 + 6 * 4;     // patron status, language, date, six counts
            case "93" -> 2;
            case "63" -> 3 + 18 + 10;
            case "96", "97" -> 0;                 // request resend
            default -> throw new Sip2Exception("unexpected command " + command);
        };
        if (message.length() < 2 + fixedLength) {
            throw new Sip2Exception("message too short for command " + command);
        }
        String fixed = message.substring(2, 2 + fixedLength);
        Map<String, String> fields = new LinkedHashMap<>();
        String rest = message.substring(2 + fixedLength);
        int i = 0;
        while (i < rest.length()) {
            if (rest.startsWith("AY", i) && rest.indexOf('|', i) < 0) {
                // AY<digit>AZ<4 hex> closes the message without pipes
                fields.put("AY", rest.substring(i + 2, Math.min(i + 3, rest.length())));
                int az = rest.indexOf("AZ", i);
                if (az >= 0) {
                    fields.put("AZ", rest.substring(az + 2));
                }
                break;
            }
            if (rest.startsWith("AZ", i) && rest.indexOf('|', i) < 0) {
                fields.put("AZ", rest.substring(i + 2));
                break;
            }
            int end = rest.indexOf('|', i);
            if (end < 0 || end - i < 2) {
                throw new Sip2Exception("a field without its end");
            }
            fields.putIfAbsent(rest.substring(i, i + 2), rest.substring(i + 2, end));
            i = end + 1;
        }
        return new Sip2Message(command, fixed, fields);
    }
}
