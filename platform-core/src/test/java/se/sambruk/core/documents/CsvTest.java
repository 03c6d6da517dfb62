package se.sambruk.core.documents;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void formulasAreGuardedWhateverTheyStartWith() {
        for (String attack : List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
                "\n=1+1", "\uFF1DHYPERLINK(\"http://x\")", "\uFF0B1+1", "\uFF0D1+1", "\uFF20SUM(A1)")) {
            assertThat(FormulaGuard.risky(attack)).as(attack).isTrue();
            assertThat(FormulaGuard.guard(attack)).isEqualTo("'" + attack);
        }
        for (String harmless : List.of("", "Ale kommun", "-12", "-3,5", "12.50", "a=b")) {
            assertThat(FormulaGuard.risky(harmless)).as(harmless).isFalse();
        }
    }

    @Test
    void writesSwedishExcelCsv() {
        Table table = Table.of("Test", List.of("nr", "namn", "belopp", "datum", "tid", "aktiv"), List.of(
                List.of(1L, "=HYPERLINK(\"http://x\",\"y\")", new BigDecimal("1234.50"), LocalDate.of(2026, 12, 7),
                        Instant.parse("2026-12-07T13:05:00Z"), true),
                java.util.Arrays.asList(2, "Åre; \"fjäll\"\nby", null, null, null, false)));
        String csv = new String(Csv.write(table), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFnr;namn;belopp;datum;tid;aktiv\r\n");
        assertThat(csv).contains("1;\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";1234,50;2026-12-07;2026-12-07 14:05:00;ja\r\n");
        assertThat(csv).contains("2;\"Åre; \"\"fjäll\"\"\nby\";;;;nej\r\n");
    }

    @Test
    void aStreamedTableIsWrittenRowByRow() {
        Table table = Table.streamed("Många", List.of("n"), sink -> {
            for (int i = 0; i < 10_000; i++) {
                sink.row(i);
            }
        });
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThat(Csv.write(table, out)).isEqualTo(10_000);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8).lines().count()).isEqualTo(10_001);
    }

    @Test
    void whatWeWriteWeReadBack() {
        Table table = Table.of("Test", List.of("namn", "text"), List.of(List.of("Örjan", "rad ett\r\nrad två; med \"citat\"")));
        ImportTable read = TableReader.read(Csv.write(table));
        assertThat(read.columns()).containsExactly("namn", "text");
        assertThat(read.rows()).hasSize(1);
        assertThat(read.rows().get(0).text("TEXT")).isEqualTo("rad ett\r\nrad två; med \"citat\"");
        assertThat(read.rows().get(0).number()).isEqualTo(2);
    }
}
