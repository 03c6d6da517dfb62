package se.sambruk.membership.fees;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.MemberRegister;
import se.sambruk.membership.applications.MembershipDecisions;
import se.sambruk.membership.web.Csv;
import se.sambruk.membership.web.Kronor;

/** Every member's fee for a year from the schedule in force, the total against the budget, and the invoicing basis. */
@Service
public class MemberFees {

    static final List<String> COLUMNS = List.of("ar", "organisation_id", "organisation", "avgiftsklass", "arsavgift_kr", "insats_kr",
            "att_fakturera_kr", "ny_medlem", "aterintrade");

    private final FeeSchedules schedules;
    private final MemberRegister register;
    private final MembershipDecisions decisions;
    private final Clock clock;

    MemberFees(FeeSchedules schedules, MemberRegister register, MembershipDecisions decisions, Clock clock) {
        this.schedules = schedules;
        this.register = register;
        this.decisions = decisions;
        this.clock = clock;
    }

    public record Calculation(int year, FeeSchedule schedule, List<FeeRules.Fee> fees, long totalOre) {

        public long budgetOre() {
            return schedule == null ? 0 : schedule.getBudgetOre();
        }

        public long differenceOre() {
            return totalOre - budgetOre();
        }

        public long differenceAbsOre() {
            return Math.abs(differenceOre());
        }

        /** Whether the year has a schedule of its own, rather than an earlier year's. */
        public boolean ownSchedule() {
            return schedule != null && schedule.getYear() == year;
        }
    }

    public int thisYear() {
        return Year.now(clock).getValue();
    }

    @Transactional(readOnly = true)
    public Calculation calculate(int year) {
        Optional<FeeSchedule> schedule = schedules.inForce(year);
        if (schedule.isEmpty()) {
            return new Calculation(year, null, List.of(), 0);
        }
        List<FeeRules.Fee> fees = new ArrayList<>(FeeRules.fees(schedule.get().rules(), payers(), year));
        fees.sort(Comparator.comparing(fee -> fee.payer().name()));
        return new Calculation(year, schedule.get(), fees, FeeRules.total(fees));
    }

    List<FeeRules.Payer> payers() {
        Set<Long> rejoining = decisions.rejoiningOrganisations();
        return register.memberships().stream()
                .filter(membership -> !"APPLIED".equals(membership.status()) && !"ASSOCIATION".equals(membership.organisation().type()))
                .map(membership -> new FeeRules.Payer(membership.organisationId(), membership.organisation().name(),
                        membership.organisation().type(), membership.organisation().population(), membership.memberSince(),
                        membership.memberUntil(), rejoining.contains(membership.organisationId())))
                .toList();
    }

    static String bandLabel(FeeRules.Band band) {
        if (band.category() == FeeBand.Category.OTHER) {
            return "Övriga organisationer";
        }
        if (band.maxPopulation() == null) {
            return "Över " + band.minPopulation() + " inv.";
        }
        return (band.minPopulation() == null || band.minPopulation() == 0 ? "Under " + band.maxPopulation()
                : band.minPopulation() + "–" + band.maxPopulation()) + " inv.";
    }

    private static List<List<String>> rows(Calculation calculation) {
        return calculation.fees().stream().map(fee -> List.of(String.valueOf(calculation.year()), String.valueOf(fee.payer().organisationId()),
                fee.payer().name(), bandLabel(fee.band()), wholeKronor(fee.annualFeeOre()), wholeKronor(fee.depositOre()),
                wholeKronor(fee.totalOre()), fee.depositOre() > 0 ? "ja" : "nej", fee.payer().rejoining() && fee.depositOre() > 0 ? "ja" : "nej")).toList();
    }

    /** Fees are whole kronor in the schedule; a half deposit of an odd amount keeps its öre. */
    private static String wholeKronor(long ore) {
        return ore % 100 == 0 ? String.valueOf(ore / 100) : Kronor.plain(ore).replace('.', ',');
    }

    public byte[] csv(Calculation calculation) {
        return Csv.write(COLUMNS, rows(calculation));
    }

    public byte[] xlsx(Calculation calculation) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Medlemsavgifter " + calculation.year());
            Row header = sheet.createRow(0);
            for (int column = 0; column < COLUMNS.size(); column++) {
                header.createCell(column).setCellValue(COLUMNS.get(column));
            }
            var kronor = workbook.createCellStyle();
            kronor.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            int index = 1;
            for (FeeRules.Fee fee : calculation.fees()) {
                Row row = sheet.createRow(index++);
                row.createCell(0).setCellValue(calculation.year());
                row.createCell(1).setCellValue(fee.payer().organisationId());
                row.createCell(2).setCellValue(fee.payer().name());
                row.createCell(3).setCellValue(bandLabel(fee.band()));
                long[] amounts = {fee.annualFeeOre(), fee.depositOre(), fee.totalOre()};
                for (int i = 0; i < amounts.length; i++) {
                    var cell = row.createCell(4 + i);
                    cell.setCellValue(amounts[i] / 100.0);
                    cell.setCellStyle(kronor);
                }
                row.createCell(7).setCellValue(fee.depositOre() > 0 ? "ja" : "nej");
                row.createCell(8).setCellValue(fee.payer().rejoining() && fee.depositOre() > 0 ? "ja" : "nej");
            }
            Row total = sheet.createRow(index);
            total.createCell(2).setCellValue("Summa");
            var sum = total.createCell(6);
            sum.setCellValue(calculation.totalOre() / 100.0);
            sum.setCellStyle(kronor);
            for (int column = 0; column < COLUMNS.size(); column++) {
                sheet.autoSizeColumn(column);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }
}
