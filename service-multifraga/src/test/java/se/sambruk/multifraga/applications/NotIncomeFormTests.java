package se.sambruk.multifraga.applications;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's list of what is not income: the rows offered, a ticked row needs a reason, rows not offered refuse the form. */
class NotIncomeFormTests {

    static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("FK", "Försäkringskassan");
        SOURCES.put("SKV", "Skatteverket");
        SOURCES.put("SO", "Arbetslöshetskassorna");
    }

    static Map<String, String> posted(List<NotIncomeForm.Row> rows) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            params.put("key" + i, rows.get(i).key());
            if (rows.get(i).chosen()) {
                params.put("on" + i, "true");
            }
            params.put("reason" + i, rows.get(i).reason());
        }
        return params;
    }

    @Test
    void theRowsAreEachSourceAndTheKindsItPaysWithTheListInForceTicked() {
        List<NotIncomeForm.Row> rows = NotIncomeForm.rows(SOURCES, NotIncome.DEFAULT);
        assertThat(rows).extracting(NotIncomeForm.Row::key).containsExactly("FK", "FK/Barnbidrag", "FK/Bostadsbidrag", "FK/Föräldrapenning",
                "FK/Sjukpenning", "FK/Underhållsstöd", "SKV", "SO", "SO/Arbetslöshetsersättning",
                // sources on the list the platform does not ask here are kept as rows of their own
                "TNS", "AF");
        assertThat(rows.get(6).chosen()).isTrue();
        assertThat(rows.get(6).reason()).startsWith("Skatteverkets uppgifter är årsuppgifter");
        assertThat(rows.get(2).chosen()).isFalse();
        // a kind already on the list is ticked, whatever its case
        NotIncome own = NotIncome.parse(List.of("FK/bostadsbidrag=Kommunens riktlinje 3.2", "FK/Merkostnadsersättning=Ersätter merkostnader"));
        List<NotIncomeForm.Row> withOwn = NotIncomeForm.rows(SOURCES, own);
        assertThat(withOwn.get(2).chosen()).isTrue();
        assertThat(withOwn.get(2).reason()).isEqualTo("Kommunens riktlinje 3.2");
        assertThat(withOwn.get(withOwn.size() - 1).key()).isEqualTo("FK/merkostnadsersättning");
    }

    @Test
    void aTickedRowNeedsAShortReasonAndWhatIsNotTickedIsIncome() {
        List<NotIncomeForm.Row> rows = NotIncomeForm.rows(SOURCES, NotIncome.DEFAULT);
        Map<String, String> params = posted(rows);
        params.put("on2", "true");
        params.put("reason2", "  ");
        params.put("reason7", "x".repeat(201));
        NotIncomeForm.Checked bad = NotIncomeForm.check(rows, params);
        assertThat(bad.ok()).isFalse();
        assertThat(bad.errors()).containsOnly(Map.entry("reason2", "mf.ni.error.reason"), Map.entry("reason7", "mf.ni.error.reasonLong"));
        assertThat(bad.list()).isNull();
        assertThat(bad.rows().get(2).chosen()).isTrue();

        params.put("reason2", "Enligt kommunens riktlinjer,\n avsnitt 4");
        params.put("reason7", "");
        params.remove("on6");
        NotIncomeForm.Checked good = NotIncomeForm.check(rows, params);
        assertThat(good.errors()).isEmpty();
        assertThat(good.list().reason("FK", "Bostadsbidrag")).contains("Enligt kommunens riktlinjer, avsnitt 4");
        assertThat(good.list().source("SKV")).isFalse();
        assertThat(good.list().source("TNS")).isTrue();
    }

    @Test
    void aRowThatIsNotOfferedOrNoRowAtAllRefusesTheForm() {
        List<NotIncomeForm.Row> rows = NotIncomeForm.rows(SOURCES, NotIncome.DEFAULT);
        Map<String, String> params = posted(rows);
        params.put("key0", "FK/Lön");
        assertThat(NotIncomeForm.check(rows, params).errors()).containsOnly(Map.entry("form", "mf.ni.error.unknown"));
        assertThat(NotIncomeForm.check(rows, Map.of()).errors()).containsOnly(Map.entry("form", "mf.ni.error.unknown"));
    }
}
