package se.sambruk.core.costsharing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import se.sambruk.core.documents.Table;

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

    /**
     * The lines as a table for {@link se.sambruk.core.documents.Downloads}: amounts in kronor with
     * two decimals (a decimal comma in the CSV, a number cell in the workbook).
     */
    static Table table(List<Line> lines) {
        return Table.of("Fakturaunderlag", COLUMNS, lines.stream().map(line -> List.<Object>of(line.service(), line.year(),
                line.organisationId(), line.organisation() == null ? "" : line.organisation(), line.quarter(),
                BigDecimal.valueOf(line.amount(), 2), line.status())).toList());
    }
}
