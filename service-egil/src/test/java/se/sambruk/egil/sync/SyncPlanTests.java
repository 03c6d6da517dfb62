package se.sambruk.egil.sync;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.sambruk.schooldata.SchoolData;
import se.sambruk.schooldata.SchoolRecords.Enrolment;
import se.sambruk.schooldata.SchoolRecords.Org;
import se.sambruk.schooldata.SchoolRecords.Person;
import se.sambruk.egil.suppliers.Selection;
import se.sambruk.egil.suppliers.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class SyncPlanTests {

    static final Instant NOW = Instant.parse("2026-11-27T02:30:00Z");
    final UUID unit = UUID.randomUUID();

    SchoolData school(int pupils) {
        SchoolData data = new SchoolData();
        data.add(new Org(unit, "Skolenhet", "Skolan", "12345678", List.of("GR"), null, null));
        for (int i = 0; i < pupils; i++) {
            data.add(new Person(new UUID(1, i), "Elev", "Nr" + i, null, List.of(), null, List.of(new Enrolment(unit, "GR", 7, null))));
        }
        return data;
    }

    Map<ObjectKey, SentObject> sent(DesiredState state, Instant goneSince) {
        Map<ObjectKey, SentObject> held = new LinkedHashMap<>();
        state.objects().values().forEach(o -> held.put(o.key(), new SentObject(o.type(), o.externalId(), o.personId(), o.label(), o.hash(),
                NOW.minus(90, ChronoUnit.DAYS), NOW.minus(1, ChronoUnit.DAYS), goneSince)));
        return held;
    }

    @Test
    void onlyDifferencesArePlannedAndDeletionsComeInReverseOrder() {
        Supplier supplier = new Supplier(1, "Förlaget", "https://x");
        DesiredState before = DesiredState.compute(school(10), Selection.everything(), false);
        DesiredState after = DesiredState.compute(school(8), Selection.everything(), false);

        SyncPlan plan = SyncPlan.between(after, sent(before, null), supplier, NOW);

        assertThat(plan.creates()).isEmpty();
        assertThat(plan.updates()).isEmpty();
        assertThat(plan.deletes()).hasSize(2).allMatch(o -> o.type() == ScimType.STUDENT);
        assertThat(plan.unchanged()).isEqualTo(9);
    }

    @Test
    void thresholdsStopLargeDeletionsAndLargeChanges() {
        Supplier supplier = new Supplier(1, "Förlaget", "https://x");
        supplier.setMaxDeletes(5);
        supplier.setMaxChangePercent(10);
        DesiredState before = DesiredState.compute(school(100), Selection.everything(), false);

        SyncPlan sixGone = SyncPlan.between(DesiredState.compute(school(94), Selection.everything(), false), sent(before, null), supplier, NOW);
        assertThat(sixGone.thresholdBreach(supplier)).contains("deletes 6");

        supplier.setMaxDeletes(50);
        SyncPlan twentyGone = SyncPlan.between(DesiredState.compute(school(80), Selection.everything(), false), sent(before, null), supplier, NOW);
        assertThat(twentyGone.thresholdBreach(supplier)).contains("20 of 101");

        SyncPlan firstSync = SyncPlan.between(before, Map.of(), supplier, NOW);
        assertThat(firstSync.creates()).hasSize(101);
        assertThat(firstSync.thresholdBreach(supplier)).isNull();
    }

    @Test
    void underADeletionDelayPeopleStayUntilTheDelayHasPassed() {
        Supplier supplier = new Supplier(1, "Förlaget", "https://x");
        supplier.setDeletionDelayDays(30);
        DesiredState before = DesiredState.compute(school(3), Selection.everything(), false);
        DesiredState after = DesiredState.compute(school(2), Selection.everything(), false);

        SyncPlan justLeft = SyncPlan.between(after, sent(before, null), supplier, NOW);
        assertThat(justLeft.deletes()).isEmpty();
        assertThat(justLeft.newlyGone()).hasSize(1);

        SyncPlan later = SyncPlan.between(after, sent(before, NOW.minus(31, ChronoUnit.DAYS)), supplier, NOW);
        assertThat(later.deletes()).hasSize(1);
    }
}
