package se.sambruk.multifraga.applications;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's riksnorm form (every amount present, whole kronor, not negative; a reason when the year was used) and whose table wins. */
class RiksnormFormTests {

    static RiksnormForm filled(String year) {
        return RiksnormForm.of(Integer.parseInt(year), Riksnorm.Y2021);
    }

    static RiksnormForm with(RiksnormForm f, String single, String common3, String source, String reason) {
        return new RiksnormForm(f.year(), source, reason, f.child0(), f.child1(), f.child2(), f.child3(), f.child4(), f.child5(), f.child6(),
                f.child7(), single, f.couple(), f.common1(), f.common2(), common3, f.common4(), f.common5(), f.common6(), f.common7());
    }

    @Test
    void aCompleteTableIsAcceptedInWholeKronorWithSpaces() {
        RiksnormForm.Checked checked = with(filled("2026"), "4 050", "1 820", "SFS 2025:1234", "").check(y -> false);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.norm().year()).isEqualTo(2026);
        assertThat(checked.norm().single()).isEqualTo(4050);
        assertThat(checked.norm().common(3)).isEqualTo(1820);
        assertThat(checked.norm().child(15)).isEqualTo(Riksnorm.Y2021.child(15));
        assertThat(checked.norm().childUpTo()).isEqualTo(Riksnorm.CHILD_BRACKETS);
        assertThat(checked.reason()).isNull();
    }

    @Test
    void everyAmountMustBePresentWholeAndNotNegative() {
        RiksnormForm f = filled("2026");
        RiksnormForm bad = new RiksnormForm("20x6", " ", null, "", f.child1(), "12,50", "-5", f.child4(), f.child5(), f.child6(), "100001",
                null, f.couple(), f.common1(), f.common2(), f.common3(), f.common4(), f.common5(), f.common6(), "abc");
        RiksnormForm.Checked checked = bad.check(y -> false);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.norm()).isNull();
        assertThat(checked.errors()).containsEntry("year", "mf.norm.error.year").containsEntry("child0", "mf.norm.error.missing")
                .containsEntry("child2", "mf.norm.error.whole").containsEntry("child3", "mf.norm.error.negative")
                .containsEntry("child7", "mf.norm.error.large").containsEntry("single", "mf.norm.error.missing")
                .containsEntry("common7", "mf.norm.error.whole").containsEntry("source", "mf.norm.error.source")
                .doesNotContainKeys("child1", "couple", "common1");
        assertThat(new RiksnormForm("1999", "x", "", f.child0(), f.child1(), f.child2(), f.child3(), f.child4(), f.child5(), f.child6(),
                f.child7(), f.single(), f.couple(), f.common1(), f.common2(), f.common3(), f.common4(), f.common5(), f.common6(), f.common7())
                .check(y -> false).errors()).containsOnlyKeys("year");
    }

    @Test
    void aYearUsedByADecisionNeedsAReason() {
        RiksnormForm f = with(filled("2021"), "3160", "1420", "SFS 2020:1013", "kort");
        assertThat(f.check(y -> y == 2021).errors()).containsOnlyKeys("reason");
        assertThat(f.check(y -> y == 2020).errors()).isEmpty();
        RiksnormForm explained = with(filled("2021"), "3160", "1420", "SFS 2020:1013", "Rättat skrivfel i ensamståendes belopp");
        assertThat(explained.check(y -> true).reason()).isEqualTo("Rättat skrivfel i ensamståendes belopp");
        assertThat(with(filled("2021"), "3160", "1420", "SFS", "x".repeat(501)).check(y -> false).errors()).containsOnlyKeys("reason");
    }

    @Test
    void aNewYearStartsFromTheLatestTableWithoutItsSource() {
        RiksnormForm f = RiksnormForm.of(2026, Riksnorm.Y2021);
        assertThat(f.year()).isEqualTo("2026");
        assertThat(f.source()).isEmpty();
        assertThat(f.single()).isEqualTo("3160");
        assertThat(RiksnormForm.of(2021, Riksnorm.Y2021).source()).contains("SFS 2020:1013");
    }

    @Test
    void theOrganisationsTableOfTheSameOrALaterYearWinsOverTheShippedOne() {
        Riksnorm own2026 = new Riksnorm(2026, "SFS 2025:1", Riksnorm.CHILD_BRACKETS, Riksnorm.Y2021.child(), 4000, 7000, Riksnorm.Y2021.common());
        RiksnormTables.InForce own = new RiksnormTables.InForce(own2026, 2, "Admin", OffsetDateTime.now(), null);
        assertThat(RiksnormTables.choose(Optional.of(own), Riksnorm.TABLES, 2026)).isSameAs(own);
        assertThat(RiksnormTables.choose(Optional.of(own), Riksnorm.TABLES, 2027)).isSameAs(own);
        // before the organisation's year: the shipped table
        RiksnormTables.InForce y2025 = RiksnormTables.choose(Optional.empty(), Riksnorm.TABLES, 2025);
        assertThat(y2025.shipped()).isTrue();
        assertThat(y2025.norm().year()).isEqualTo(2021);
        // an own table of 2019 loses to the shipped 2021 for 2022; of 2021 it wins (same year)
        Riksnorm own2019 = new Riksnorm(2019, "egen", Riksnorm.CHILD_BRACKETS, Riksnorm.Y2021.child(), 1, 2, Riksnorm.Y2021.common());
        assertThat(RiksnormTables.choose(Optional.of(new RiksnormTables.InForce(own2019, 1, "a", null, null)), Riksnorm.TABLES, 2022).norm().year())
                .isEqualTo(2021);
        Riksnorm own2021 = new Riksnorm(2021, "egen", Riksnorm.CHILD_BRACKETS, Riksnorm.Y2021.child(), 1, 2, Riksnorm.Y2021.common());
        assertThat(RiksnormTables.choose(Optional.of(new RiksnormTables.InForce(own2021, 1, "a", null, null)), Riksnorm.TABLES, 2022).version())
                .isEqualTo(1);
        assertThat(RiksnormTables.choose(Optional.empty(), Riksnorm.TABLES, 2005).norm().year()).isEqualTo(2014);
        assertThat(List.of(Riksnorm.TABLES.values().toArray(new Riksnorm[0]))).allMatch(t -> t.childUpTo().equals(Riksnorm.CHILD_BRACKETS));
    }
}
