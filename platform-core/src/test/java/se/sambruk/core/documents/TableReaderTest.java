package se.sambruk.core.documents;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableReaderTest {

    record Pupil(String name, LocalDate born, long year) {
    }

    @Test
    void everyBadRowIsReportedWithItsNumberAndNothingIsImported() {
        String csv = "Namn;Född;Årskurs\n"
                + "Anna;2012-03-04;9\n"
                + "\n"
                + ";2012-05-06;9\n"
                + "Bo;4 maj;9\n"
                + "Cecilia;20120101;nio\n"
                + "David;2012-01-01;12\n";
        ImportTable table = TableReader.read(csv.getBytes(StandardCharsets.UTF_8)).requireColumns("namn", "född", "årskurs");
        ImportResult<Pupil> result = table.map(row -> {
            Pupil pupil = new Pupil(row.required("Namn"), row.date("Född"), row.integer("Årskurs"));
            if (pupil.year() > 9) {
                throw row.problem("Årskurs", "ska vara 1-9");
            }
            return pupil;
        });
        assertThat(result.ok()).isFalse();
        assertThat(result.values()).extracting(Pupil::name).containsExactly("Anna");
        assertThat(result.errors()).extracting(RowError::toString).containsExactly(
                "Rad 4, Namn: saknas",
                "Rad 5, Född: \"4 maj\" är inget datum (skriv 2026-12-07)",
                "Rad 6, Årskurs: \"nio\" är inget heltal",
                "Rad 7, Årskurs: ska vara 1-9");
    }

    @Test
    void readsExcelsWindows1252CsvWithCommasAndQuotes() {
        byte[] latin = "namn,belopp\r\n\"Östersund, kommun\",\"1 234,50\"\r\n".getBytes(Charset.forName("windows-1252"));
        ImportTable table = TableReader.read(latin);
        ImportRow row = table.rows().get(0);
        assertThat(row.text("namn")).isEqualTo("Östersund, kommun");
        assertThat(row.decimal("belopp")).isEqualByComparingTo(new BigDecimal("1234.50"));
    }

    @Test
    void aFileThatIsNoTableIsRefusedWithAMessage() {
        assertThatThrownBy(() -> TableReader.read(new byte[0])).isInstanceOf(UnreadableFile.class).hasMessage("Filen är tom.");
        assertThatThrownBy(() -> TableReader.read(new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
                .isInstanceOf(UnreadableFile.class).hasMessageContaining("xlsx");
        assertThatThrownBy(() -> TableReader.read("a;b\n1;\"open".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFile.class).hasMessageContaining("Rad 2");
        assertThatThrownBy(() -> TableReader.read("namn\nx".getBytes(StandardCharsets.UTF_8)).requireColumns("namn", "personnummer"))
                .isInstanceOf(UnreadableFile.class).hasMessage("Filen saknar kolumnen personnummer i första raden.");
        assertThatThrownBy(() -> TableReader.read("n\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), 2))
                .isInstanceOf(UnreadableFile.class).hasMessageContaining("fler än 2");
    }

    @Test
    void xlsxRowsKeepTheirSpreadsheetNumbersAcrossEmptyRows() {
        byte[] workbook = Xlsx.write(Table.of("Blad", List.of("namn", "född"), java.util.Arrays.asList(
                List.of("Anna", LocalDate.of(2012, 3, 4)), java.util.Arrays.asList(null, null), List.of("Bo", LocalDate.of(2011, 1, 2)))));
        List<ImportRow> rows = TableReader.read(workbook).rows();
        assertThat(rows).extracting(ImportRow::number).containsExactly(2, 4);
        assertThat(rows.get(1).date("född")).isEqualTo(LocalDate.of(2011, 1, 2));
    }
}
