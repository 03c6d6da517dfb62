package se.sambruk.provisum.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sambruk.core.charts.BarChart;
import se.sambruk.core.charts.GroupedBarChart;
import se.sambruk.core.charts.ShareChart;
import se.sambruk.core.charts.ValueFormat;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.documents.Table;
import se.sambruk.provisum.cases.Office;
import se.sambruk.provisum.rules.CaseType;

/**
 * The office's statistics over the municipalities it serves, counts and sums only (no personal
 * data): cases by type and state, overdue cases by type, the review outcomes and the fees decided
 * per year, drawn with the core's charts and exported as CSV or XLSX through the core.
 */
@Controller
class ProvisumStatisticsController {

    record TypeRow(CaseType type, long open, long closed, long overdue) {
    }

    record FeeRow(int year, long decisions, BigDecimal total) {
    }

    private final Office office;
    private final NamedParameterJdbcTemplate jdbc;
    private final Downloads downloads;
    private final MessageSource messages;

    ProvisumStatisticsController(Office office, org.springframework.jdbc.core.JdbcTemplate jdbc, Downloads downloads, MessageSource messages) {
        this.office = office;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.downloads = downloads;
        this.messages = messages;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private List<TypeRow> types(Office.Scope scope, LocalDate today) {
        return jdbc.query("""
                select type, count(*) filter (where status = 'OPEN') as open, count(*) filter (where status = 'CLOSED') as closed,
                       count(*) filter (where status = 'OPEN' and due_on < :today) as overdue
                  from provisum.case_file where municipality_id in (:m) group by type order by type
                """, new MapSqlParameterSource("m", scope.municipalities()).addValue("today", today),
                (rs, n) -> new TypeRow(CaseType.valueOf(rs.getString("type")), rs.getLong("open"), rs.getLong("closed"), rs.getLong("overdue")));
    }

    private Map<String, Long> outcomes(Office.Scope scope) {
        Map<String, Long> outcomes = new java.util.LinkedHashMap<>();
        for (String outcome : List.of("PENDING", "APPROVED", "REMARKS")) {
            outcomes.put(outcome, 0L);
        }
        jdbc.query("""
                select r.outcome, count(*) from provisum.review r join provisum.annual_account a on a.id = r.annual_account_id
                  join provisum.case_file c on c.id = a.case_id where c.municipality_id in (:m) group by r.outcome
                """, new MapSqlParameterSource("m", scope.municipalities()), rs -> {
            outcomes.put(rs.getString(1), rs.getLong(2));
        });
        return outcomes;
    }

    private List<FeeRow> fees(Office.Scope scope) {
        return jdbc.query("""
                select f.year, count(*), sum(f.amount) from provisum.fee_decision f join provisum.case_file c on c.id = f.case_id
                 where c.municipality_id in (:m) group by f.year order by f.year
                """, new MapSqlParameterSource("m", scope.municipalities()), (rs, n) -> new FeeRow(rs.getInt(1), rs.getLong(2), rs.getBigDecimal(3)));
    }

    @GetMapping("/provisum/statistics")
    String statistics(Model model) {
        Office.Scope scope = office.require();
        List<TypeRow> types = types(scope, office.today());
        GroupedBarChart byType = GroupedBarChart.of(text("provisum.stats.byType")).id("provisum-by-type")
                .series(text("provisum.status.OPEN"), text("provisum.status.CLOSED")).labelHeader(text("provisum.case.type"))
                .valueHeader(text("provisum.stats.cases"));
        BarChart overdue = BarChart.of(text("provisum.stats.overdue")).id("provisum-overdue").labelHeader(text("provisum.case.type"))
                .valueHeader(text("provisum.stats.cases"));
        for (TypeRow row : types) {
            byType.category(text("provisum.type." + row.type()), row.open(), row.closed());
            overdue.bar(text("provisum.type." + row.type()), row.overdue());
        }
        ShareChart outcomes = ShareChart.of(text("provisum.stats.outcomes")).id("provisum-outcomes");
        outcomes(scope).forEach((outcome, count) -> outcomes.part(text("provisum.outcome." + outcome), count));
        BarChart fees = BarChart.of(text("provisum.stats.fees")).id("provisum-fees").columns().format(ValueFormat.KRONOR)
                .labelHeader(text("provisum.fees.year")).valueHeader(text("provisum.stats.feeSum"));
        fees(scope).forEach(row -> fees.bar(String.valueOf(row.year()), row.total()));
        model.addAttribute("byType", byType.build());
        model.addAttribute("overdue", overdue.build());
        model.addAttribute("outcomes", outcomes.build());
        model.addAttribute("fees", fees.build());
        return "provisum/statistics";
    }

    private List<Table> tables(Office.Scope scope) {
        List<List<Object>> typeRows = new ArrayList<>();
        for (TypeRow row : types(scope, office.today())) {
            typeRows.add(List.of(text("provisum.type." + row.type()), row.open(), row.closed(), row.overdue()));
        }
        List<List<Object>> outcomeRows = new ArrayList<>();
        outcomes(scope).forEach((outcome, count) -> outcomeRows.add(List.of(text("provisum.outcome." + outcome), count)));
        List<List<Object>> feeRows = new ArrayList<>();
        fees(scope).forEach(row -> feeRows.add(List.of(row.year(), row.decisions(), row.total())));
        return List.of(
                Table.of(text("provisum.cases"), List.of(text("provisum.case.type"), text("provisum.status.OPEN"), text("provisum.status.CLOSED"),
                        text("provisum.overdue")), typeRows),
                Table.of(text("provisum.review.outcome"), List.of(text("provisum.review.outcome"), text("provisum.stats.cases")), outcomeRows),
                Table.of(text("provisum.fees"), List.of(text("provisum.fees.year"), text("provisum.stats.decisions"), text("provisum.stats.feeSum")), feeRows));
    }

    @GetMapping("/provisum/statistics.csv")
    ResponseEntity<byte[]> csv() {
        Office.Scope scope = office.require();
        return downloads.csv("provisum-arenden.csv", tables(scope).get(0));
    }

    @GetMapping("/provisum/statistics.xlsx")
    ResponseEntity<byte[]> xlsx() {
        Office.Scope scope = office.require();
        return downloads.xlsx("provisum-statistik.xlsx", tables(scope).toArray(Table[]::new));
    }
}
