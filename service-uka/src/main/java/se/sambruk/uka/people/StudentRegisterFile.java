package se.sambruk.uka.people;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.core.documents.ImportResult;
import se.sambruk.core.documents.ImportRow;
import se.sambruk.core.documents.ImportTable;
import se.sambruk.core.documents.RowError;
import se.sambruk.core.documents.TableReader;
import se.sambruk.uka.coverage.CoverageFacts.ProgrammeStatus;

/**
 * Reads a CSV or XLSX file from the student register: the columns personnummer and namn, and
 * optionally telefon, epost, adress, vardnadshavare, folkbokford (ja/nej), grundskola_klar
 * (ja/nej) and program (inget, pagar, klart). Every bad row gets its own error; the caller
 * imports only when there is none.
 */
public final class StudentRegisterFile {

    public static final List<String> REQUIRED = List.of("personnummer", "namn");

    private StudentRegisterFile() {
    }

    /** @throws se.sambruk.core.documents.UnreadableFile when the file cannot be read or lacks a required column */
    public static ImportResult<NewPerson> read(byte[] content, LocalDate today) {
        ImportTable table = TableReader.read(content).requireColumns(REQUIRED.toArray(String[]::new));
        Set<String> seen = new HashSet<>();
        ImportResult<NewPerson> result = table.map(row -> {
            String written = row.required("personnummer");
            PersonalIdentityNumber pnr;
            try {
                pnr = PersonalIdentityNumber.parse(written, today);
            } catch (IllegalArgumentException e) {
                throw row.problem("personnummer", "ogiltigt (skriv ÅÅÅÅMMDD-NNNN)");
            }
            if (!seen.add(pnr.value())) {
                throw row.problem("personnummer", "finns två gånger i filen");
            }
            String name = row.required("namn");
            if (name.length() > 200) {
                throw row.problem("namn", "för långt (högst 200 tecken)");
            }
            return new NewPerson(pnr, name, limit(row, "telefon", 40), limit(row, "epost", 200), limit(row, "adress", 300),
                    limit(row, "vardnadshavare", 1000), null, yesNo(row, "folkbokford", true), yesNo(row, "grundskola_klar", true),
                    programme(row));
        });
        return result;
    }

    static String limit(ImportRow row, String column, int max) {
        String text = row.text(column);
        if (text.length() > max) {
            throw row.problem(column, "för långt (högst " + max + " tecken)");
        }
        return text.isEmpty() ? null : text;
    }

    static boolean yesNo(ImportRow row, String column, boolean otherwise) {
        String text = row.text(column).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "" -> otherwise;
            case "ja", "j", "1", "true" -> true;
            case "nej", "n", "0", "false" -> false;
            default -> throw row.problem(column, "skriv ja eller nej");
        };
    }

    static ProgrammeStatus programme(ImportRow row) {
        String text = row.text("program").toLowerCase(Locale.ROOT);
        return switch (text) {
            // a studiebevis is not a gymnasieexamen: the person is still covered (skollagen 29 kap. 9 § since 1 July 2018)
            case "", "inget", "nej", "studiebevis" -> ProgrammeStatus.NONE;
            case "pagar", "pågår", "går", "introduktionsprogram" -> ProgrammeStatus.ATTENDING;
            case "klart", "klar", "examen", "gymnasieexamen" -> ProgrammeStatus.COMPLETED;
            default -> throw row.problem("program", "skriv inget, pågår eller klart");
        };
    }

    /** The errors as lines for the page ("Rad 3, personnummer: ogiltigt ..."). */
    public static List<String> lines(List<RowError> errors) {
        return errors.stream().map(RowError::toString).toList();
    }
}
