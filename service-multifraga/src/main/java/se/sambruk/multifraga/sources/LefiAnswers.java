package se.sambruk.multifraga.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Reads Försäkringskassan's LEFI answer ({@code LefiExternFormansinformationSvar}, OpenAPI v9),
 * whether it came inside SSBTEK's {@code lefiJsonSvar} or from LEFI's own REST API: every leaf as
 * a fact (its JSON path as the label), each {@code utbetalningsuppgift} as an {@link Income}
 * (gross, tax, net, the period it concerns, the day paid), and {@code skyddad} of the general
 * person information as protected identity.
 */
public final class LefiAnswers {

    private static final int MAX_FACTS = 120;

    private LefiAnswers() {
    }

    public static SourceAnswer read(JsonNode svar, String message) {
        List<SourceAnswer.Fact> facts = new ArrayList<>();
        facts("", svar, facts);
        return new SourceAnswer(SourceAnswer.State.ANSWERED, message, facts, incomes(svar), protectedIdentity(svar));
    }

    static void facts(String path, JsonNode node, List<SourceAnswer.Fact> facts) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                facts(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), facts);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                facts(path, item, facts);
            }
        } else if (facts.size() < MAX_FACTS && !node.isNull()) {
            facts.add(new SourceAnswer.Fact(path, node.asString()));
        }
    }

    public static List<Income> incomes(JsonNode svar) {
        List<Income> incomes = new ArrayList<>();
        for (JsonNode payment : svar.path("formansinformation").path("utbetalningsuppgift")) {
            JsonNode family = payment.path("formansfamilj");
            String kind = text(family.path("beskrivning"));
            if (kind == null) {
                kind = text(family.path("id"));
            }
            incomes.add(new Income(kind == null ? "Utbetalning" : kind,
                    date(text(payment.path("period").path("fran")), false), date(text(payment.path("period").path("till")), true),
                    date(text(payment.path("datum")), false),
                    amount(payment.path("bruttobelopp")), amount(payment.path("skattebelopp")), amount(payment.path("nettobelopp"))));
        }
        return incomes;
    }

    public static boolean protectedIdentity(JsonNode svar) {
        for (JsonNode person : svar.path("formansinformation").path("generellPersoninformation")) {
            if (person.path("skyddad").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asString().isBlank() ? null : node.asString().strip();
    }

    private static BigDecimal amount(JsonNode belopp) {
        JsonNode sum = belopp.path("summa");
        if (sum.isMissingNode() || sum.isNull()) {
            return null;
        }
        try {
            return new BigDecimal(sum.asString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A LEFI date: {@code 2023-12-14}, or {@code 2022-09} for a month (its first day, or its last when {@code end}). */
    static LocalDate date(String text, boolean end) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            try {
                YearMonth month = YearMonth.parse(text);
                return end ? month.atEndOfMonth() : month.atDay(1);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
