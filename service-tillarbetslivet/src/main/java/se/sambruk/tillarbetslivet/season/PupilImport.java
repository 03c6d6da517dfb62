package se.sambruk.tillarbetslivet.season;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditLog;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.tillarbetslivet.choosing.PupilChoices;
import se.sambruk.tillarbetslivet.choosing.PupilKey;
import se.sambruk.core.documents.ImportResult;
import se.sambruk.core.documents.ImportRow;
import se.sambruk.core.documents.ImportTable;
import se.sambruk.core.documents.RowError;
import se.sambruk.core.documents.TableReader;
import se.sambruk.tillarbetslivet.placement.GuardianNotices;

/**
 * A class list with the pupils' choices from a CSV or XLSX file: columns {@code skola, klass, namn,
 * årskurs} and optionally {@code val1 … val6} (place codes, best first). A file with any bad row
 * imports nothing and answers every row's errors.
 */
@Service
public class PupilImport {

    public static final int MAX_CHOICES = 6;
    /** Optional: the guardians' e-mail addresses, separated by commas. */
    public static final String GUARDIANS = "vårdnadshavare";

    /** One row as read. */
    /** Optional: the pupil's date of birth (yyyy-mm-dd), for the time rules of minors past compulsory school. */
    public static final String BORN_ON = "födelsedatum";

    /** Optional: the guardians' language, sv (the default) or en. */
    public static final String LANGUAGE = "språk";

    /** Optional: the pupil's personnummer, kept only as {@link PupilKey}'s hash, so the pupil can sign in and rank choices. */
    public static final String PERSONNUMMER = "personnummer";

    record Row(String school, String className, String name, int schoolYear, List<Long> choices, List<String> guardians, LocalDate bornOn,
               String language, String personHash) {
    }

    /** What an import did: the pupils added, or the rows' errors (and nothing added). */
    public record Outcome(int imported, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Placements placements;
    private final AuditLog audit;
    private final PupilKey key;
    private final PupilChoices choices;
    private final Clock clock;

    PupilImport(Placements placements, AuditLog audit, PupilKey key, PupilChoices choices, Clock clock) {
        this.placements = placements;
        this.audit = audit;
        this.key = key;
        this.choices = choices;
        this.clock = clock;
    }

    /** Reads and stores the file; throws {@link se.sambruk.core.documents.UnreadableFile} for a file that is no table. */
    @Transactional
    public Outcome importFile(long org, byte[] content) {
        ImportTable table = TableReader.read(content, 20_000).requireColumns("skola", "klass", "namn", "årskurs");
        Map<String, Long> codes = placements.placeIdsByCode(org);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm")));
        ImportResult<Row> result = table.map(row -> read(row, codes, number -> key.hash(number), today));
        if (!result.ok()) {
            return new Outcome(0, result.errors());
        }
        for (Row row : result.values()) {
            long school = placements.school(org, row.school());
            long pupil = placements.addPupil(org, school, row.name(), row.className(), row.schoolYear());
            placements.setChoices(org, pupil, row.choices());
            if (!row.guardians().isEmpty()) {
                placements.setGuardianEmails(org, pupil, row.guardians());
            }
            if (!"sv".equals(row.language())) {
                placements.setLanguage(org, pupil, row.language());
            }
            if (row.bornOn() != null) {
                placements.setBornOn(org, pupil, row.bornOn());
            }
            if (row.personHash() != null) {
                choices.setPersonHash(org, pupil, row.personHash());
            }
        }
        audit.personalDataChanged("tillarbetslivet.pupils", null, org, result.values().size() + " pupils imported");
        return new Outcome(result.values().size(), List.of());
    }

    static Row read(ImportRow row, Map<String, Long> codes, Function<PersonalIdentityNumber, Optional<String>> hasher, LocalDate today) {
        String school = limited(row, "skola", 120);
        String className = limited(row, "klass", 20);
        String name = limited(row, "namn", 120);
        Long year = row.integer("årskurs");
        if (year == null) {
            throw row.problem("årskurs", "saknas");
        }
        if (year < 7 || year > 13) {
            throw row.problem("årskurs", "ska vara 7–9 (grundskolan) eller 10–13 (gymnasiet)");
        }
        List<Long> choices = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 1; i <= MAX_CHOICES; i++) {
            String column = "val" + i;
            String code = row.text(column);
            if (code.isEmpty()) {
                continue;
            }
            Long place = codes.get(code.toUpperCase(Locale.ROOT));
            if (place == null) {
                throw row.problem(column, "platsen \"" + (code.length() > 20 ? code.substring(0, 20) + "…" : code) + "\" finns inte");
            }
            if (!seen.add(place)) {
                throw row.problem(column, "platsen " + code + " är vald två gånger");
            }
            choices.add(place);
        }
        List<String> guardians = GuardianNotices.parseEmails(row.text(GUARDIANS));
        if (guardians == null) {
            throw row.problem(GUARDIANS, "är inte e-postadresser (skriv en eller flera, åtskilda med komma)");
        }
        if (guardians.size() > GuardianNotices.MAX_GUARDIANS) {
            throw row.problem(GUARDIANS, "högst " + GuardianNotices.MAX_GUARDIANS + " adresser");
        }
        LocalDate bornOn = null;
        String born = row.text(BORN_ON);
        if (!born.isEmpty()) {
            try {
                bornOn = LocalDate.parse(born);
            } catch (java.time.format.DateTimeParseException e) {
                throw row.problem(BORN_ON, "ska vara ett datum som 2010-05-31");
            }
            if (bornOn.getYear() < 1950 || bornOn.getYear() > 2030) {
                throw row.problem(BORN_ON, "ska vara ett datum som 2010-05-31");
            }
        }
        String language = Placements.languageOf(row.text(LANGUAGE));
        if (language == null) {
            throw row.problem(LANGUAGE, "ska vara sv (svenska) eller en (engelska)");
        }
        String personHash = null;
        String number = row.text(PERSONNUMMER);
        if (!number.isEmpty()) {
            PersonalIdentityNumber parsed;
            try {
                parsed = number.length() > 20 ? null : PersonalIdentityNumber.parse(number, today);
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
            if (parsed == null) {
                throw row.problem(PERSONNUMMER, "är inget giltigt personnummer (skriv ÅÅÅÅMMDD-NNNN)");
            }
            personHash = hasher.apply(parsed).orElseThrow(() -> row.problem(PERSONNUMMER,
                    "kan inte tas emot: elevernas inloggning är inte inställd (sambruk.tillarbetslivet.pupil-key)"));
        }
        return new Row(school, className, name, year.intValue(), choices, guardians, bornOn, language, personHash);
    }

    private static String limited(ImportRow row, String column, int max) {
        String text = row.required(column);
        if (text.length() > max) {
            throw row.problem(column, "är längre än " + max + " tecken");
        }
        return text;
    }
}
