package se.sambruk.uka.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.sambruk.core.documents.Csv;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sambruk.uka.report.ReportTestData.H1_2026;
import static se.sambruk.uka.report.ReportTestData.alva;
import static se.sambruk.uka.report.ReportTestData.elias;

/** A known data set gives a known file. */
class ScbFileTests {

    @Test
    void aKnownDataSetGivesAKnownScbFile() {
        String file = new String(Csv.write(ScbFile.scb("2081", H1_2026, List.of(alva(), elias()))), StandardCharsets.UTF_8);
        String alva = alva().personnummer();
        String elias = elias().personnummer();
        assertThat(file).isEqualTo("\uFEFF"
                + "kommun;period;personnummer;registrerad_fran;orsak_till_registrering;registrerad_till;avregistreringsorsak;antal_kontakter;kontakt_nadd;"
                + "tackat_nej;atgard;atgard_start;atgard_slut;atgard_avslutsorsak\r\n"
                // the placement ended in the period; the guidance went on after 30 June, so it has no end in this file
                + "2081;2026-1;" + alva + ";2025-09-01;AVBROTT;;;3;J;N;PRAKTIK;2026-02-01;2026-04-30;AVSLUTAD_ENLIGT_PLAN\r\n"
                + "2081;2026-1;" + alva + ";2025-09-01;AVBROTT;;;3;J;N;VAGLEDNING;2026-05-15;;\r\n"
                // no action: one row of its own; coverage ended in the period with its reason
                + "2081;2026-1;" + elias + ";2025-08-20;GRUNDSKOLA;2026-03-15;NATIONELLT_PROGRAM;0;N;N;;;;\r\n");
    }

    @Test
    void theReadableFileHasLabelsAndTheWholeNumberWithADash() {
        var table = ScbFile.readable("2081", H1_2026, List.of(elias()),
                Map.of("END_REASON", Map.of("NATIONELLT_PROGRAM", "Började i gymnasieskolan"),
                        "REGISTRATION_REASON", Map.of("GRUNDSKOLA", "Har bara gått grundskolan")), ScbFile.COLUMNS);
        String file = new String(Csv.write(table), StandardCharsets.UTF_8);
        String elias = elias().personnummer();
        assertThat(file).contains("2081;2026-1;" + elias.substring(0, 8) + "-" + elias.substring(8)
                + ";2025-08-20;Har bara gått grundskolan;2026-03-15;Började i gymnasieskolan;0;nej;nej;;;;\r\n");
    }

    @Test
    void aDeclinedOfferIsWrittenForEveryRowOfThePerson() {
        var alva = alva();
        var declined = new ScbReport.Individual(alva.personId(), alva.name(), alva.personnummer(),
                List.of(new ScbReport.Coverage(java.time.LocalDate.parse("2025-09-01"), null, null, "AVBROTT", true)), 3, true, alva.actions());
        String file = new String(Csv.write(ScbFile.scb("2081", H1_2026, List.of(declined))), StandardCharsets.UTF_8);
        assertThat(file).contains(";AVBROTT;;;3;J;J;PRAKTIK;").contains(";AVBROTT;;;3;J;J;VAGLEDNING;");
    }
}
