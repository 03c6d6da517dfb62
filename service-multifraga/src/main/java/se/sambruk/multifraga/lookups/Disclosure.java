package se.sambruk.multifraga.lookups;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import se.sambruk.multifraga.sources.ReportType;
import se.sambruk.multifraga.sources.SourceAnswer;

/**
 * What a caseworker may see of an answer, by the report types their roles grant
 * ({@link ReportType}). The rules:
 * <ul>
 *   <li>an answer from a source whose report type the caseworker's roles do not grant is withheld
 *       whole (state and timing stay visible, the facts and payments do not);</li>
 *   <li>for a person with protected identity (any answer signals it, or a municipality marked the
 *       person in the core), every address fact (street, postal code, town, c/o, country of the
 *       address) is withheld unless the roles grant {@link ReportType#PROTECTED_IDENTITY}; the
 *       page is marked either way.</li>
 * </ul>
 */
public final class Disclosure {

    public enum Withheld { NOTHING, ADDRESS, REPORT_TYPE }

    private static final List<String> ADDRESS_WORDS = List.of("adress", "postnummer", "postort", "utdelning", "c/o", "careof", "gatuadress");

    private Disclosure() {
    }

    /** Whether a fact's label names address data (of any agency's answer: LEFI's adress.*, Transportstyrelsen's and Skatteverket's address elements). */
    public static boolean isAddress(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        return ADDRESS_WORDS.stream().anyMatch(lower::contains);
    }

    /**
     * The row as the caseworker may see it.
     *
     * @param granted           whether the caseworker holds a role
     * @param sourceReportType  the report type needed to ask the row's source
     * @param protectedPersons  the person indexes with protected identity
     */
    public static AnswerRow shown(AnswerRow row, Predicate<String> granted, ReportType sourceReportType, Set<Integer> protectedPersons) {
        SourceAnswer answer = row.answer();
        if (!granted.test(sourceReportType.role())) {
            SourceAnswer hidden = new SourceAnswer(answer.state(), null, List.of(), List.of(), false);
            return new AnswerRow(row.personIndex(), row.personMasked(), row.source(), row.sourceName(), hidden, row.durationMs(),
                    Withheld.REPORT_TYPE);
        }
        if (protectedPersons.contains(row.personIndex()) && !granted.test(ReportType.PROTECTED_IDENTITY.role())) {
            List<SourceAnswer.Fact> facts = answer.facts().stream().filter(f -> !isAddress(f.label())).toList();
            Withheld withheld = facts.size() < answer.facts().size() ? Withheld.ADDRESS : Withheld.NOTHING;
            return new AnswerRow(row.personIndex(), row.personMasked(), row.source(), row.sourceName(),
                    new SourceAnswer(answer.state(), answer.message(), facts, answer.incomes(), answer.protectedIdentity()), row.durationMs(), withheld);
        }
        return row;
    }
}
