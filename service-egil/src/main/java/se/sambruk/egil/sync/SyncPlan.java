package se.sambruk.egil.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import se.sambruk.egil.suppliers.Supplier;

/**
 * The difference between what a supplier should hold and what it holds: new objects to POST,
 * changed ones to PUT, gone ones to DELETE (after the organiser's delay for people), in the
 * profile's order and deletions in reverse.
 */
public record SyncPlan(List<DesiredObject> creates, List<DesiredObject> updates, List<SentObject> deletes,
                       List<ObjectKey> newlyGone, List<ObjectKey> back, int held, int unchanged) {

    public static SyncPlan between(DesiredState desired, Map<ObjectKey, SentObject> held, Supplier supplier, Instant now) {
        List<DesiredObject> creates = new ArrayList<>();
        List<DesiredObject> updates = new ArrayList<>();
        List<ObjectKey> back = new ArrayList<>();
        int unchanged = 0;
        for (DesiredObject object : desired.objects().values()) {
            SentObject sent = held.get(object.key());
            if (sent == null) {
                creates.add(object);
            } else if (!object.hash().equals(sent.hash())) {
                updates.add(object);
            } else {
                unchanged++;
                if (sent.goneSince() != null) {
                    back.add(sent.key());
                }
            }
        }
        List<SentObject> deletes = new ArrayList<>();
        List<ObjectKey> newlyGone = new ArrayList<>();
        Duration delay = Duration.ofDays(Math.max(0, supplier.getDeletionDelayDays()));
        for (SentObject sent : held.values()) {
            if (desired.objects().containsKey(sent.key())) {
                continue;
            }
            boolean delayed = sent.type().personal() && !delay.isZero();
            if (!delayed || (sent.goneSince() != null && !sent.goneSince().plus(delay).isAfter(now))) {
                deletes.add(sent);
            } else if (sent.goneSince() == null) {
                newlyGone.add(sent.key());
            }
        }
        Comparator<DesiredObject> order = Comparator.comparing(DesiredObject::type);
        creates.sort(order);
        updates.sort(order);
        deletes.sort(Comparator.comparing(SentObject::type).reversed());
        return new SyncPlan(creates, updates, deletes, newlyGone, back, held.size(), unchanged);
    }

    public int changes() {
        return creates.size() + updates.size() + deletes.size();
    }

    /** Why the plan needs an administrator's confirmation, or null when it is within the supplier's thresholds. */
    public String thresholdBreach(Supplier supplier) {
        if (deletes.size() > supplier.getMaxDeletes()) {
            return "deletes " + deletes.size() + " objects; the limit is " + supplier.getMaxDeletes();
        }
        int risky = updates.size() + deletes.size();
        if (held > 0 && risky * 100L > (long) supplier.getMaxChangePercent() * held) {
            return "changes or deletes " + risky + " of " + held + " objects held (" + (risky * 100 / held) + " %); the limit is "
                    + supplier.getMaxChangePercent() + " %";
        }
        return null;
    }
}
