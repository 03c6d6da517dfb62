package se.sambruk.uka.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.uka.coverage.CoverageFacts.ProgrammeStatus;
import se.sambruk.uka.coverage.CoverageRules;

/**
 * The municipality's register of young people and everything recorded about them. Every method
 * takes the organisation and every query is scoped to it: a row of another municipality is never
 * found.
 */
@Service
public class Register {

    private static final String PERSON_COLUMNS = "id, organisation_id, personnummer, name, phone, email, address, guardians, caseworker, "
            + "registered_here, compulsory_school_done, programme_status, covered, coverage_changed_on";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Register(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean exists(long organisationId, PersonalIdentityNumber personnummer) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from uka.young_person where organisation_id = ? and personnummer = ?)",
                Boolean.class, organisationId, personnummer.value()));
    }

    /** Adds a person and, when the rules say so, opens a coverage period from today. */
    @Transactional
    public long add(long organisationId, NewPerson p, String reason) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var st = con.prepareStatement("insert into uka.young_person (organisation_id, personnummer, name, phone, email, address, guardians, "
                    + "caseworker, registered_here, compulsory_school_done, programme_status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            st.setLong(1, organisationId);
            st.setString(2, p.personnummer().value());
            st.setString(3, p.name());
            st.setString(4, blankToNull(p.phone()));
            st.setString(5, blankToNull(p.email()));
            st.setString(6, blankToNull(p.address()));
            st.setString(7, blankToNull(p.guardians()));
            st.setString(8, blankToNull(p.caseworker()));
            st.setBoolean(9, p.registeredHere());
            st.setBoolean(10, p.compulsorySchoolDone());
            st.setString(11, p.programme().name());
            return st;
        }, keys);
        long id = keys.getKey().longValue();
        recompute(organisationId, id, reason);
        return id;
    }

    /** What an import did: added, updated, coverage started, coverage ended. */
    public record ImportOutcome(int added, int updated, int started, int ended) {
    }

    /**
     * Imports a file's people in one transaction: new ones are added, known ones get their
     * contact details and facts updated and are recomputed. The caller has checked every row.
     */
    @Transactional
    public ImportOutcome importPeople(long organisationId, List<NewPerson> people, String source) {
        int added = 0, updated = 0, started = 0, ended = 0;
        for (NewPerson p : people) {
            Optional<YoungPerson> known = findByPersonnummer(organisationId, p.personnummer());
            if (known.isEmpty()) {
                long id = add(organisationId, p, "Omfattas enligt reglerna (" + source + ")");
                added++;
                if (find(organisationId, id).orElseThrow().covered()) {
                    started++;
                }
            } else {
                long id = known.get().id();
                jdbc.update("update uka.young_person set name = ?, phone = coalesce(?, phone), email = coalesce(?, email), "
                        + "address = coalesce(?, address), guardians = coalesce(?, guardians), updated_at = now() where organisation_id = ? and id = ?",
                        p.name(), blankToNull(p.phone()), blankToNull(p.email()), blankToNull(p.address()), blankToNull(p.guardians()),
                        organisationId, id);
                Change change = updateFacts(organisationId, id, p.registeredHere(), p.compulsorySchoolDone(), p.programme(),
                        "Omfattas enligt reglerna (" + source + ")");
                updated++;
                if (change == Change.STARTED) {
                    started++;
                } else if (change == Change.ENDED) {
                    ended++;
                }
            }
        }
        return new ImportOutcome(added, updated, started, ended);
    }

    /**
     * Applies what a read of the municipality's SS 12000 API said, in one transaction. A known
     * person gets the name, the e-mail (when given) and the facts updated and is recomputed; a
     * gymnasieexamen already recorded stays (SS 12000 does not carry it), and where the source does
     * not say where the person is folkbokförd the register's answer stays. A person not yet in the
     * register is added only when the rules cover them (a pupil of upper secondary school is none
     * of the register's business). {@code updated} counts known people whose data changed.
     */
    @Transactional
    public ImportOutcome importSchoolData(long organisationId, List<se.sambruk.uka.schooldata.SchoolDataFacts.Seen> people, String source) {
        int added = 0, updated = 0, started = 0, ended = 0;
        LocalDate today = today();
        for (var seen : people) {
            Optional<YoungPerson> known = findByPersonnummer(organisationId, seen.personnummer());
            if (known.isEmpty()) {
                boolean here = seen.registeredHere() == null || seen.registeredHere();
                var facts = new se.sambruk.uka.coverage.CoverageFacts(seen.personnummer().dateOfBirth(), here, seen.compulsorySchoolDone(),
                        seen.programme());
                if (CoverageRules.evaluate(facts, today).covered()) {
                    add(organisationId, new NewPerson(seen.personnummer(), seen.name(), null, seen.email(), null, null, null, here,
                            seen.compulsorySchoolDone(), seen.programme()), "Omfattas enligt reglerna (" + source + ")");
                    added++;
                    started++;
                }
                continue;
            }
            YoungPerson person = known.get();
            ProgrammeStatus programme = person.programme() == ProgrammeStatus.COMPLETED ? ProgrammeStatus.COMPLETED : seen.programme();
            boolean here = seen.registeredHere() == null ? person.registeredHere() : seen.registeredHere();
            boolean changed = !seen.name().equals(person.name()) || programme != person.programme() || here != person.registeredHere()
                    || seen.compulsorySchoolDone() != person.compulsorySchoolDone()
                    || (seen.email() != null && !seen.email().equals(person.email()));
            if (!changed) {
                continue;
            }
            jdbc.update("update uka.young_person set name = ?, email = coalesce(?, email), updated_at = now() where organisation_id = ? and id = ?",
                    seen.name(), seen.email(), organisationId, person.id());
            String reason = person.programme() == ProgrammeStatus.ATTENDING && programme == ProgrammeStatus.NONE
                    ? "Har lämnat gymnasieskolan utan examen (" + source + ")" : "Omfattas enligt reglerna (" + source + ")";
            Change change = updateFacts(organisationId, person.id(), here, seen.compulsorySchoolDone(), programme, reason);
            if (change == Change.STARTED && person.programme() == ProgrammeStatus.ATTENDING) {
                // SCB's orsak till registrering: left upper secondary school without an examen
                jdbc.update("update uka.coverage_period set registration_reason = 'AVBROTT' where organisation_id = ? and person_id = ? "
                        + "and end_date is null and registration_reason is null", organisationId, person.id());
            }
            updated++;
            if (change == Change.STARTED) {
                started++;
            } else if (change == Change.ENDED) {
                ended++;
            }
        }
        return new ImportOutcome(added, updated, started, ended);
    }

    public Optional<YoungPerson> find(long organisationId, long id) {
        return jdbc.query("select " + PERSON_COLUMNS + " from uka.young_person where organisation_id = ? and id = ? and anonymised_at is null", Register::person,
                organisationId, id).stream().findFirst();
    }

    public Optional<YoungPerson> findByPersonnummer(long organisationId, PersonalIdentityNumber pnr) {
        return jdbc.query("select " + PERSON_COLUMNS + " from uka.young_person where organisation_id = ? and personnummer = ?", Register::person,
                organisationId, pnr.value()).stream().findFirst();
    }

    /** Updates what the rules read (from an import or by hand) and recomputes coverage. */
    @Transactional
    public Change updateFacts(long organisationId, long id, boolean registeredHere, boolean compulsorySchoolDone, ProgrammeStatus programme,
                              String reason) {
        jdbc.update("update uka.young_person set registered_here = ?, compulsory_school_done = ?, programme_status = ?, updated_at = now() "
                + "where organisation_id = ? and id = ?", registeredHere, compulsorySchoolDone, programme.name(), organisationId, id);
        return recompute(organisationId, id, reason);
    }

    /** What a recomputation did to one person. */
    public enum Change { NONE, STARTED, ENDED }

    /**
     * Applies the rules to the person today: opens a period when the person has become covered,
     * closes the open one (with the suggested end reason) when no longer.
     */
    @Transactional
    public Change recompute(long organisationId, long id, String reason) {
        YoungPerson person = find(organisationId, id).orElseThrow();
        LocalDate today = today();
        var outcome = CoverageRules.evaluate(person.facts(), today);
        boolean open = openPeriod(organisationId, id).isPresent();
        if (outcome.covered() && !open) {
            jdbc.update("insert into uka.coverage_period (organisation_id, person_id, start_date, reason) values (?, ?, ?, ?)",
                    organisationId, id, Date.valueOf(today), reason);
            jdbc.update("update uka.young_person set covered = true, coverage_changed_on = ? where organisation_id = ? and id = ?",
                    Date.valueOf(today), organisationId, id);
            return Change.STARTED;
        }
        if (!outcome.covered() && open) {
            closePeriod(organisationId, id, today, CoverageRules.suggestedEndReason(person.facts(), today));
            return Change.ENDED;
        }
        return Change.NONE;
    }

    /** Recomputes every person of the municipality (the nightly run, or after an import); the number changed. */
    @Transactional
    public int recomputeAll(long organisationId, String reason) {
        int changed = 0;
        for (Long id : jdbc.queryForList("select id from uka.young_person where organisation_id = ? and anonymised_at is null order by id", Long.class, organisationId)) {
            if (recompute(organisationId, id, reason) != Change.NONE) {
                changed++;
            }
        }
        return changed;
    }

    public List<Long> organisations() {
        return jdbc.queryForList("select distinct organisation_id from uka.young_person", Long.class);
    }

    /** Ends the open coverage period by hand, with a reason code from END_REASON. False when none is open. */
    @Transactional
    public boolean endCoverage(long organisationId, long id, LocalDate end, String endReason) {
        if (openPeriod(organisationId, id).isEmpty()) {
            return false;
        }
        closePeriod(organisationId, id, end, endReason);
        return true;
    }

    private void closePeriod(long organisationId, long id, LocalDate end, String endReason) {
        jdbc.update("update uka.coverage_period set end_date = greatest(start_date, ?), end_reason = ? "
                + "where organisation_id = ? and person_id = ? and end_date is null", Date.valueOf(end), endReason, organisationId, id);
        jdbc.update("update uka.young_person set covered = false, coverage_changed_on = ? where organisation_id = ? and id = ?",
                Date.valueOf(today()), organisationId, id);
    }

    public Optional<Records.CoveragePeriod> openPeriod(long organisationId, long id) {
        return periods(organisationId, id).stream().filter(p -> p.end() == null).findFirst();
    }

    public List<Records.CoveragePeriod> periods(long organisationId, long personId) {
        return jdbc.query("select id, start_date, end_date, reason, end_reason from uka.coverage_period where organisation_id = ? and person_id = ? "
                + "order by start_date desc, id desc", (rs, i) -> new Records.CoveragePeriod(rs.getLong(1), date(rs, 2), date(rs, 3),
                rs.getString(4), rs.getString(5)), organisationId, personId);
    }

    @Transactional
    public void addContact(long organisationId, long personId, LocalDate date, String way, String byWhom, boolean reached, String outcome) {
        jdbc.update("insert into uka.contact (organisation_id, person_id, contact_date, way, by_whom, reached, outcome) values (?, ?, ?, ?, ?, ?, ?)",
                organisationId, personId, Date.valueOf(date), way, byWhom, reached, blankToNull(outcome));
    }

    public List<Records.Contact> contacts(long organisationId, long personId) {
        return jdbc.query("select id, contact_date, way, by_whom, reached, outcome from uka.contact where organisation_id = ? and person_id = ? "
                + "order by contact_date desc, id desc", (rs, i) -> new Records.Contact(rs.getLong(1), date(rs, 2), rs.getString(3),
                rs.getString(4), rs.getBoolean(5), rs.getString(6)), organisationId, personId);
    }

    /** One contact of the person; empty when the contact is not the person's (or of another municipality). */
    public Optional<Records.Contact> contact(long organisationId, long personId, long contactId) {
        return jdbc.query("select id, contact_date, way, by_whom, reached, outcome from uka.contact where organisation_id = ? and person_id = ? and id = ?",
                (rs, i) -> new Records.Contact(rs.getLong(1), date(rs, 2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6)),
                organisationId, personId, contactId).stream().findFirst();
    }

    /** Corrects a contact (the person's {@code last_contact} follows in the same transaction, by the table's trigger). */
    @Transactional
    public boolean updateContact(long organisationId, long personId, long contactId, LocalDate date, String way, boolean reached, String outcome) {
        return jdbc.update("update uka.contact set contact_date = ?, way = ?, reached = ?, outcome = ? where organisation_id = ? and person_id = ? and id = ?",
                Date.valueOf(date), way, reached, blankToNull(outcome), organisationId, personId, contactId) == 1;
    }

    /** Deletes a contact logged by mistake (the person's {@code last_contact} follows, by the table's trigger). */
    @Transactional
    public boolean deleteContact(long organisationId, long personId, long contactId) {
        return jdbc.update("delete from uka.contact where organisation_id = ? and person_id = ? and id = ?", organisationId, personId, contactId) == 1;
    }

    /** The day of the person's newest contact, as kept on the person. */
    public Optional<LocalDate> lastContact(long organisationId, long personId) {
        return jdbc.query("select last_contact from uka.young_person where organisation_id = ? and id = ?", (rs, i) -> date(rs, 1),
                organisationId, personId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Transactional
    public void savePlan(long organisationId, long personId, String goal) {
        jdbc.update("insert into uka.plan (person_id, organisation_id, goal) values (?, ?, ?) "
                + "on conflict (person_id) do update set goal = excluded.goal, updated_at = now()", personId, organisationId, goal);
    }

    public Optional<String> plan(long organisationId, long personId) {
        return jdbc.queryForList("select goal from uka.plan where organisation_id = ? and person_id = ?", String.class, organisationId, personId)
                .stream().findFirst();
    }

    @Transactional
    public void addAction(long organisationId, long personId, String category, LocalDate start, LocalDate end, String responsible,
                          String endReason) {
        jdbc.update("insert into uka.action (organisation_id, person_id, category, start_date, end_date, responsible, end_reason) "
                + "values (?, ?, ?, ?, ?, ?, ?)", organisationId, personId, category, Date.valueOf(start), end == null ? null : Date.valueOf(end),
                responsible, blankToNull(endReason));
    }

    /** Ends an open action; false when there is no such open action of the person. */
    @Transactional
    public boolean endAction(long organisationId, long personId, long actionId, LocalDate end, String endReason) {
        return jdbc.update("update uka.action set end_date = ?, end_reason = ? where organisation_id = ? and person_id = ? and id = ? "
                + "and end_date is null and start_date <= ?", Date.valueOf(end), endReason, organisationId, personId, actionId, Date.valueOf(end)) == 1;
    }

    public List<Records.Action> actions(long organisationId, long personId) {
        return jdbc.query("select id, category, start_date, end_date, responsible, end_reason from uka.action where organisation_id = ? "
                + "and person_id = ? order by start_date desc, id desc", (rs, i) -> new Records.Action(rs.getLong(1), rs.getString(2),
                date(rs, 3), date(rs, 4), rs.getString(5), rs.getString(6)), organisationId, personId);
    }

    /** One action of the person; empty when it is not the person's (or of another municipality). */
    public Optional<Records.Action> action(long organisationId, long personId, long actionId) {
        return actions(organisationId, personId).stream().filter(a -> a.id() == actionId).findFirst();
    }

    /** Corrects an action: category, dates, who is responsible and why it ended. */
    @Transactional
    public boolean updateAction(long organisationId, long personId, long actionId, String category, LocalDate start, LocalDate end,
                                String responsible, String endReason) {
        return jdbc.update("update uka.action set category = ?, start_date = ?, end_date = ?, responsible = ?, end_reason = ? "
                + "where organisation_id = ? and person_id = ? and id = ?", category, Date.valueOf(start), end == null ? null : Date.valueOf(end),
                responsible, blankToNull(endReason), organisationId, personId, actionId) == 1;
    }

    /** One coverage period of the person; empty when it is not the person's (or of another municipality). */
    public Optional<Records.CoveragePeriod> period(long organisationId, long personId, long periodId) {
        return periods(organisationId, personId).stream().filter(p -> p.id() == periodId).findFirst();
    }

    /**
     * Corrects a coverage period's dates and end reason. The person is covered while a period is
     * open: ending the open one (or opening an ended one) changes that, as of today.
     */
    @Transactional
    public boolean updatePeriod(long organisationId, long personId, long periodId, LocalDate start, LocalDate end, String endReason) {
        boolean updated = jdbc.update("update uka.coverage_period set start_date = ?, end_date = ?, end_reason = ? "
                + "where organisation_id = ? and person_id = ? and id = ?", Date.valueOf(start), end == null ? null : Date.valueOf(end),
                end == null ? null : blankToNull(endReason), organisationId, personId, periodId) == 1;
        jdbc.update("update uka.young_person p set covered = o.open, coverage_changed_on = ?, updated_at = now() "
                + "from (select exists (select 1 from uka.coverage_period where organisation_id = ? and person_id = ? and end_date is null) as open) o "
                + "where p.organisation_id = ? and p.id = ? and p.covered <> o.open", Date.valueOf(today()), organisationId, personId, organisationId, personId);
        return updated;
    }

    /** A follow-up; {@code byUserId} (who set it) gets the reminder when the person has no caseworker. */
    @Transactional
    public void addFollowUp(long organisationId, long personId, LocalDate due, String note, Long byUserId) {
        addFollowUp(organisationId, personId, due, note, byUserId, false);
    }

    /** A follow-up; a {@code meeting} is booked with the young person and shown on their own page, with its note. */
    @Transactional
    public void addFollowUp(long organisationId, long personId, LocalDate due, String note, Long byUserId, boolean meeting) {
        jdbc.update("insert into uka.follow_up (organisation_id, person_id, due_date, note, created_by_user_id, meeting) values (?, ?, ?, ?, ?, ?)",
                organisationId, personId, Date.valueOf(due), blankToNull(note), byUserId, meeting);
    }

    @Transactional
    public boolean completeFollowUp(long organisationId, long personId, long followUpId) {
        return jdbc.update("update uka.follow_up set done_at = now() where organisation_id = ? and person_id = ? and id = ? and done_at is null",
                organisationId, personId, followUpId) == 1;
    }

    public List<Records.FollowUp> followUps(long organisationId, long personId) {
        return jdbc.query("select id, due_date, note, done_at is not null, meeting from uka.follow_up where organisation_id = ? and person_id = ? "
                + "order by done_at is not null, due_date", (rs, i) -> new Records.FollowUp(rs.getLong(1), date(rs, 2), rs.getString(3),
                rs.getBoolean(4), rs.getBoolean(5)), organisationId, personId);
    }

    /** Makes the user the person's caseworker (the username is shown, the user id gets the reminders). */
    @Transactional
    public void assign(long organisationId, long personId, String caseworker, Long caseworkerUserId) {
        jdbc.update("update uka.young_person set caseworker = ?, caseworker_user_id = ?, updated_at = now() where organisation_id = ? and id = ?",
                blankToNull(caseworker), caseworkerUserId, organisationId, personId);
    }

    // --- lists for the overview and the team view ---

    private static final String LIST_SELECT = "select p.id, p.name, p.personnummer, p.caseworker, p.covered, "
            + "p.last_contact, "
            + "(select min(f.due_date) from uka.follow_up f where f.organisation_id = p.organisation_id and f.person_id = p.id and f.done_at is null) as due "
            + "from uka.young_person p ";

    /** The covered people of a caseworker (null: of nobody, unassigned). */
    public List<Records.ListRow> caseload(long organisationId, String caseworker, int limit) {
        return jdbc.query(LIST_SELECT + "where p.organisation_id = ? and p.covered and p.caseworker is not distinct from cast(? as varchar) order by p.name limit ?",
                Register::row, organisationId, caseworker, limit);
    }

    /** Covered people with an open follow-up due on or before the day. */
    public List<Records.ListRow> followUpsDue(long organisationId, String caseworker, LocalDate day, int limit) {
        // from the open follow-ups due (an index range), not from every covered person
        return jdbc.query("select p.id, p.name, p.personnummer, p.caseworker, p.covered, p.last_contact, "
                + "d.due from (select person_id, min(due_date) as due from uka.follow_up where organisation_id = ? and done_at is null and due_date <= ? "
                + "group by person_id) d join uka.young_person p on p.id = d.person_id and p.organisation_id = ? "
                + "where p.covered and (cast(? as varchar) is null or p.caseworker = ?) order by d.due, p.name limit ?",
                Register::row, organisationId, Date.valueOf(day), organisationId, caseworker, caseworker, limit);
    }

    /** Covered people without any contact since the day (or never): the kept {@code last_contact}, on an index. */
    public List<Records.ListRow> noContactSince(long organisationId, String caseworker, LocalDate since, int limit) {
        String order = "and (p.last_contact is null or p.last_contact < ?) order by p.last_contact nulls first, p.name limit ?";
        if (caseworker == null) {
            return jdbc.query(LIST_SELECT + "where p.organisation_id = ? and p.covered " + order, Register::row,
                    organisationId, Date.valueOf(since), limit);
        }
        return jdbc.query(LIST_SELECT + "where p.organisation_id = ? and p.covered and p.caseworker = ? " + order, Register::row,
                organisationId, caseworker, Date.valueOf(since), limit);
    }

    /** People whose coverage started or ended on or after the day: "what changed since yesterday". */
    public List<Records.ListRow> changedSince(long organisationId, LocalDate since, int limit) {
        return jdbc.query(LIST_SELECT + "where p.organisation_id = ? and p.anonymised_at is null and p.coverage_changed_on >= ? order by p.coverage_changed_on desc, p.name limit ?",
                Register::row, organisationId, Date.valueOf(since), limit);
    }

    /** Search and list for the register page: by name or personnummer digits. */
    public List<Records.ListRow> search(long organisationId, String query, boolean coveredOnly, int limit) {
        String q = query == null ? "" : query.strip();
        String digits = q.replaceAll("[^0-9]", "");
        return jdbc.query(LIST_SELECT + "where p.organisation_id = ? and p.anonymised_at is null and (? = '' or lower(p.name) like ? or (length(?) >= 6 and p.personnummer like ?)) "
                + "and (not ? or p.covered) order by p.name limit ?", Register::row, organisationId, q, "%" + q.toLowerCase() + "%",
                digits, "%" + digits + "%", coveredOnly, limit);
    }

    /** Per caseworker (null: unassigned) the number of covered people, for the team view. */
    public List<TeamRow> team(long organisationId) {
        return jdbc.query("select caseworker, count(*) filter (where covered), count(*) from uka.young_person where organisation_id = ? and anonymised_at is null "
                + "group by caseworker order by caseworker nulls first", (rs, i) -> new TeamRow(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                organisationId);
    }

    public record TeamRow(String caseworker, long covered, long total) {
    }

    private static Records.ListRow row(ResultSet rs, int i) throws SQLException {
        return new Records.ListRow(rs.getLong("id"), rs.getString("name"), new PersonalIdentityNumber(rs.getString("personnummer")).masked(),
                rs.getString("caseworker"), rs.getBoolean("covered"), date(rs, "last_contact"), date(rs, "due"));
    }

    private static YoungPerson person(ResultSet rs, int i) throws SQLException {
        return new YoungPerson(rs.getLong(1), rs.getLong(2), new PersonalIdentityNumber(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getBoolean(11),
                ProgrammeStatus.valueOf(rs.getString(12)), rs.getBoolean(13), date(rs, 14));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
