package se.sambruk.multifraga.lookups;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.sambruk.core.PersonalIdentityNumber;

/**
 * The look-up form as typed: the household's numbers (one per line), the case, the period, the
 * sources, the purpose and the law. {@link #check} is the rule set: every number valid
 * (personnummer or samordningsnummer, by the core's rules), at most 10 persons, no number twice,
 * a case id, a period that starts before it ends, does not end in the future and is no longer
 * than the chosen sources allow, at least one known source, a purpose and a law.
 */
public record LookupForm(String persons, String caseId, String from, String to, List<String> sources, String purpose, String law) {

    public static final int MAX_PERSONS = 10;

    /** The outcome: the request when all is well, else messages (keys of the bundle) per field. */
    public record Checked(LookupRequest request, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Checked check(LocalDate today, Function<List<String>, List<String>> unknownSources, Function<List<String>, Integer> maxMonths) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<PersonalIdentityNumber> numbers = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        String typed = persons == null ? "" : persons;
        for (String line : typed.split("[\\r\\n,;]+")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                PersonalIdentityNumber number = PersonalIdentityNumber.parse(line.strip(), today);
                if (!seen.add(number.value())) {
                    errors.put("persons", "mf.error.personTwice");
                }
                numbers.add(number);
            } catch (IllegalArgumentException e) {
                errors.put("persons", "mf.error.personInvalid");
            }
        }
        if (numbers.isEmpty() && !errors.containsKey("persons")) {
            errors.put("persons", "mf.error.personsMissing");
        } else if (numbers.size() > MAX_PERSONS) {
            errors.put("persons", "mf.error.personsTooMany");
        }
        String caseIdText = caseId == null ? "" : caseId.strip();
        if (caseIdText.isEmpty() || caseIdText.length() > 60) {
            errors.put("caseId", "mf.error.caseId");
        }
        List<String> chosen = sources == null ? List.of() : sources.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
        if (chosen.isEmpty()) {
            errors.put("sources", "mf.error.sourcesMissing");
        } else if (!unknownSources.apply(chosen).isEmpty()) {
            errors.put("sources", "mf.error.sourceUnknown");
        }
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (start == null) {
            errors.put("from", "mf.error.date");
        }
        if (end == null) {
            errors.put("to", "mf.error.date");
        }
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                errors.put("to", "mf.error.periodBackwards");
            } else if (end.isAfter(today)) {
                errors.put("to", "mf.error.periodFuture");
            } else if (!errors.containsKey("sources") && start.isBefore(end.minusMonths(maxMonths.apply(chosen)))) {
                errors.put("from", "mf.error.periodTooLong");
            }
        }
        String purposeText = purpose == null ? "" : purpose.strip();
        if (purposeText.isEmpty() || purposeText.length() > 500) {
            errors.put("purpose", "mf.error.purpose");
        }
        String lawText = law == null ? "" : law.strip();
        if (lawText.isEmpty() || lawText.length() > 500) {
            errors.put("law", "mf.error.law");
        }
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new LookupRequest(List.copyOf(numbers), caseIdText, start, end, chosen, purposeText, lawText), Map.of());
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
