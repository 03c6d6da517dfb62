package se.sambruk.core.costsharing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The invoicing basis for the accounting office: one row per paying organisation and quarter. */
final class InvoicingBasis {

    static final List<String> COLUMNS = List.of("tjanst", "ar", "organisation_id", "organisation", "kvartal", "belopp_kr", "status");

    record Line(String service, int year, long organisationId, String organisation, int quarter, long amount, String status) {
    }

    private InvoicingBasis() {
    }

    static List<Line> lines(CostSharing.Calculation calculation, int year) {
        String status = calculation.budget().isApproved() ? "godkand" : "preliminar";
        List<Line> lines = new ArrayList<>();
        for (CostSharing.PayerShare share : calculation.shares()) {
            long[] quarters = share.quarters();
            for (int quarter = 0; quarter < 4; quarter++) {
                lines.add(new Line(calculation.service().getCode(), year, share.payerId(), share.payer(), quarter + 1, quarters[quarter], status));
            }
        }
        return lines;
    }

    /** Semicolon separated with a byte order mark, as Swedish Excel opens it. */
    static byte[] csv(List<Line> lines) {
        StringBuilder csv = new StringBuilder(String.join(";", COLUMNS)).append('\n');
        for (Line line : lines) {
            csv.append(line.service()).append(';').append(line.year()).append(';').append(line.organisationId()).append(';')
                    .append('"').append(line.organisation() == null ? "" : line.organisation().replace("\"", "\"\"")).append('"').append(';')
                    .append(line.quarter()).append(';').append(Money.plain(line.amount())).append(';').append(line.status()).append('\n');
        }
        return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    }

    /** The same rows as a workbook; amounts as numbers in kronor with two decimals. */
    static byte[] xlsx(List<Line> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Fakturaunderlag");
            Row header = sheet.createRow(0);
            for (int column = 0; column < COLUMNS.size(); column++) {
                header.createCell(column).setCellValue(COLUMNS.get(column));
            }
            var kronor = workbook.createCellStyle();
            kronor.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            int index = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(index++);
                row.createCell(0).setCellValue(line.service());
                row.createCell(1).setCellValue(line.year());
                row.createCell(2).setCellValue(line.organisationId());
                row.createCell(3).setCellValue(line.organisation());
                row.createCell(4).setCellValue(line.quarter());
                var amount = row.createCell(5);
                amount.setCellValue(new java.math.BigDecimal(Money.plain(line.amount())).doubleValue());
                amount.setCellStyle(kronor);
                row.createCell(6).setCellValue(line.status());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }
}
