package se.sambruk.core.documents;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxTest {

    @Test
    void textsAreNeverFormulasAndRiskyOnesKeepTheQuotePrefix() throws Exception {
        byte[] bytes = Xlsx.write(Table.of("Kostnader", List.of("organisation", "belopp", "datum"), List.of(
                List.of("=HYPERLINK(\"http://x\",\"y\")", new BigDecimal("10.25"), LocalDate.of(2026, 1, 31)),
                List.of("Ale kommun", 7L, LocalDate.of(2026, 2, 1)))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheet("Kostnader");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("organisation");
            var attack = sheet.getRow(1).getCell(0);
            assertThat(attack.getCellType()).isEqualTo(CellType.STRING);
            assertThat(attack.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(attack.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(10.25);
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        }
    }

    @Test
    void aBigSheetStreamsAndReadsBack() {
        int rows = 50_000;
        byte[] bytes = Xlsx.write(Table.streamed("Stort", List.of("nr", "namn", "dag"), sink -> {
            for (int i = 0; i < rows; i++) {
                sink.row(i, "Person " + i, LocalDate.of(2026, 1, 1).plusDays(i % 365));
            }
        }));
        ImportTable read = TableReader.read(bytes);
        assertThat(read.rows()).hasSize(rows);
        ImportRow last = read.rows().get(rows - 1);
        assertThat(last.number()).isEqualTo(rows + 1);
        assertThat(last.integer("nr")).isEqualTo(rows - 1L);
        assertThat(last.date("dag")).isEqualTo(LocalDate.of(2026, 1, 1).plusDays((rows - 1) % 365));
    }
}
