package se.sambruk.tillarbetslivet.season;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditLog;
import se.sambruk.tillarbetslivet.allocation.Allocation;
import se.sambruk.tillarbetslivet.allocation.AllocationProblem;
import se.sambruk.tillarbetslivet.allocation.AllocationRule;
import se.sambruk.tillarbetslivet.allocation.MissedChoice;
import se.sambruk.tillarbetslivet.allocation.PupilOutcome;
import se.sambruk.tillarbetslivet.allocation.Reason;

/**
 * Runs an allocation rule over the organisation's pupils and places, stores the result with its
 * rule and seed, lets the coordinator move a pupil by hand (logged in the audit log), and publishes
 * a run, after which it is frozen.
 */
@Service
public class Allocations {

    /** Pupils who made at least this many choices come first under {@link AllocationRule#ENOUGH_CHOICES_FIRST}. */
    public static final int ENOUGH_CHOICES = 4;

    public record Run(long id, AllocationRule rule, long seed, int pupils, int placed, String createdBy, Instant createdAt,
                      Instant publishedAt) {
        public boolean published() {
            return publishedAt != null;
        }
    }

    /** One pupil's line of a run: what the rule gave, the missed choices, and the place after adjustment. */
    public record Result(long pupilId, int lotteryNumber, int queuePosition, Long allocatedPlaceId, int choiceRank,
                         List<MissedChoice> missed, Long placeId, boolean adjusted, String adjustReason) {
        public boolean placed() {
            return placeId != null;
        }
    }

    /** Thrown for an adjustment the run does not allow; the message is a key in the module's bundle. */
    public static final class Refused extends RuntimeException {
        public Refused(String key) {
            super(key, null, false, false);
        }
    }

    private static final RowMapper<Run> RUN = (rs, i) -> new Run(rs.getLong("id"), AllocationRule.valueOf(rs.getString("rule")),
            rs.getLong("seed"), rs.getInt("pupils"), rs.getInt("placed"), rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant());

    private static final RowMapper<Result> RESULT = (rs, i) -> {
        Long allocated = (Long) rs.getObject("place_id");
        boolean adjusted = rs.getBoolean("adjusted");
        return new Result(rs.getLong("pupil_id"), rs.getInt("lottery_number"), rs.getInt("queue_position"), allocated,
                rs.getInt("choice_rank"), decode(rs.getString("missed")), adjusted ? (Long) rs.getObject("adjusted_place_id") : allocated,
                adjusted, rs.getString("adjust_reason"));
    };

    private final JdbcTemplate jdbc;
    private final Placements placements;
    private final AuditLog audit;
    private final se.sambruk.tillarbetslivet.choosing.FoundPlaces foundPlaces;

    Allocations(JdbcTemplate jdbc, Placements placements, AuditLog audit, se.sambruk.tillarbetslivet.choosing.FoundPlaces foundPlaces) {
        this.foundPlaces = foundPlaces;
        this.jdbc = jdbc;
        this.placements = placements;
        this.audit = audit;
    }

    /** Runs the rule over every pupil and place of the organisation and stores the result. */
    @Transactional
    public long run(long org, AllocationRule rule, long seed, String by) {
        List<AllocationProblem.Applicant> applicants = new ArrayList<>();
        // a pupil whose own place the coordinator approved is placed already: the allocation leaves them and that place out
        java.util.Set<Long> ownPlace = new java.util.HashSet<>(foundPlaces.pupilsWithApprovedPlace(org));
        java.util.Set<Long> ownPlaces = new java.util.HashSet<>(foundPlaces.approvedPlaceIds(org));
        placements.choices(org).forEach((pupil, choices) -> {
            if (!ownPlace.contains(pupil)) {
                applicants.add(new AllocationProblem.Applicant(pupil, choices.stream().filter(c -> !ownPlaces.contains(c)).toList()));
            }
        });
        List<AllocationProblem.Place> places = placements.places(org).stream().filter(place -> !ownPlaces.contains(place.id()))
                .map(place -> new AllocationProblem.Place(place.id(), place.seats())).toList();
        Allocation allocation = rule.allocate(new AllocationProblem(applicants, places, seed), ENOUGH_CHOICES);
        long placed = allocation.outcomes().stream().filter(PupilOutcome::placed).count();
        long run = jdbc.queryForObject("""
                insert into tillarbetslivet.allocation_run (organisation_id, rule, seed, pupils, placed, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class, org, rule.name(), seed, applicants.size(), (int) placed, by);
        List<Object[]> rows = new ArrayList<>(allocation.outcomes().size());
        for (PupilOutcome outcome : allocation.outcomes()) {
            rows.add(new Object[] {run, org, outcome.pupilId(), outcome.lotteryNumber(), outcome.queuePosition(), outcome.placeId(),
                    outcome.choiceRank(), encode(outcome.missed())});
        }
        jdbc.batchUpdate("""
                insert into tillarbetslivet.allocation_result (run_id, organisation_id, pupil_id, lottery_number, queue_position, place_id,
                                                               choice_rank, missed)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        audit.personalDataChanged("tillarbetslivet.run", run, org, rule + " seed " + seed + ": " + placed + " of " + applicants.size() + " placed");
        return run;
    }

    public List<Run> runs(long org) {
        return jdbc.query("select * from tillarbetslivet.allocation_run where organisation_id = ? order by created_at desc, id desc", RUN, org);
    }

    public Optional<Run> find(long org, long id) {
        return jdbc.query("select * from tillarbetslivet.allocation_run where organisation_id = ? and id = ?", RUN, org, id).stream().findFirst();
    }

    public List<Result> results(long org, long run) {
        return jdbc.query("select * from tillarbetslivet.allocation_result where organisation_id = ? and run_id = ? order by lottery_number",
                RESULT, org, run);
    }

    /** The pupil's place in the newest published run (after adjustments), if it gave them one. */
    public Optional<Long> publishedPlace(long org, long pupil) {
        return jdbc.queryForList("""
                select case when r.adjusted then r.adjusted_place_id else r.place_id end
                from tillarbetslivet.allocation_result r join tillarbetslivet.allocation_run run on run.id = r.run_id
                where r.organisation_id = ? and r.pupil_id = ? and run.published_at is not null
                order by run.published_at desc, run.id desc limit 1""", Long.class, org, pupil).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Seats left per place after the run's results and adjustments. */
    public Map<Long, Integer> freeSeats(long org, long run) {
        Map<Long, Integer> free = new HashMap<>();
        placements.places(org).forEach(place -> free.put(place.id(), place.seats()));
        for (Result result : results(org, run)) {
            if (result.placeId() != null) {
                free.merge(result.placeId(), -1, Integer::sum);
            }
        }
        return free;
    }

    /** How many got their 1st, 2nd, ... choice (after adjustments: a pupil moved by hand counts by the rank of the new place, 0 if unranked). */
    public Map<Integer, Integer> countByChoiceRank(long org, long run) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Result result : results(org, run)) {
            counts.merge(result.adjusted() ? rankAfterAdjustment(org, result) : result.choiceRank(), 1, Integer::sum);
        }
        return counts;
    }

    private int rankAfterAdjustment(long org, Result result) {
        if (result.placeId() == null) {
            return 0;
        }
        int index = placements.choicesOf(org, result.pupilId()).indexOf(result.placeId());
        return index + 1;
    }

    /** Moves a pupil to a place with a free seat (or to none); refused on a published run or a full place. */
    @Transactional
    public void adjust(long org, long run, long pupil, Long place, String reason, String by) {
        Run found = find(org, run).orElseThrow(() -> new Refused("tal.notFound"));
        if (found.published()) {
            throw new Refused("tal.adjust.published");
        }
        Result current = results(org, run).stream().filter(r -> r.pupilId() == pupil).findFirst()
                .orElseThrow(() -> new Refused("tal.adjust.noSuchPupil"));
        if (place != null) {
            if (placements.place(org, place).isEmpty()) {
                throw new Refused("tal.adjust.noSuchPlace");
            }
            if (!place.equals(current.placeId()) && freeSeats(org, run).getOrDefault(place, 0) <= 0) {
                throw new Refused("tal.adjust.full");
            }
        }
        jdbc.update("""
                update tillarbetslivet.allocation_result set adjusted = true, adjusted_place_id = ?, adjusted_by = ?, adjusted_at = ?,
                       adjust_reason = ?
                where organisation_id = ? and run_id = ? and pupil_id = ?""", place, by, Timestamp.from(Instant.now()), reason, org, run, pupil);
        jdbc.update("""
                update tillarbetslivet.allocation_run set placed = (select count(*) from tillarbetslivet.allocation_result r
                    where r.run_id = ? and (case when r.adjusted then r.adjusted_place_id else r.place_id end) is not null)
                where id = ? and organisation_id = ?""", run, run, org);
        audit.personalDataChanged("tillarbetslivet.adjustment", run, org, "pupil " + pupil + ": place " + current.placeId() + " -> " + place
                + " (" + reason + ")");
    }

    /** Publishes the run: from now on it is frozen. */
    @Transactional
    public void publish(long org, long run) {
        int changed = jdbc.update("update tillarbetslivet.allocation_run set published_at = now() where organisation_id = ? and id = ? and published_at is null",
                org, run);
        if (changed == 0) {
            throw new Refused("tal.publish.already");
        }
        audit.personalDataChanged("tillarbetslivet.publish", run, org, "allocation published");
    }

    static String encode(List<MissedChoice> missed) {
        StringBuilder text = new StringBuilder();
        for (MissedChoice choice : missed) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(choice.placeId()).append(':').append(choice.rank()).append(':').append(choice.reason().name()).append(':')
                    .append(choice.lastAdmittedNumber());
        }
        return text.toString();
    }

    static List<MissedChoice> decode(String text) {
        List<MissedChoice> missed = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return missed;
        }
        for (String part : text.split(";")) {
            String[] f = part.split(":");
            missed.add(new MissedChoice(Long.parseLong(f[0]), Integer.parseInt(f[1]), Reason.valueOf(f[2]), Integer.parseInt(f[3])));
        }
        return missed;
    }
}
