package se.sambruk.uka.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The code lists of SCB's collection, kept as data per municipality: seeded from SCB's categories
 * (uka.code_seed) the first time a municipality uses UKA, then editable by its caseworkers.
 */
@Service
public class CodeLists {

    public static final String CONTACT_WAY = "CONTACT_WAY";
    public static final String ACTION_CATEGORY = "ACTION_CATEGORY";
    public static final String END_REASON = "END_REASON";
    public static final String ACTION_END_REASON = "ACTION_END_REASON";
    /** SCB's "orsak till registrering" (since 1 July 2017): why the young person is covered. */
    public static final String REGISTRATION_REASON = "REGISTRATION_REASON";
    public static final Set<String> LISTS = Set.of(CONTACT_WAY, ACTION_CATEGORY, END_REASON, ACTION_END_REASON, REGISTRATION_REASON);

    private final JdbcTemplate jdbc;

    CodeLists(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void ensureSeeded(long organisationId) {
        jdbc.update("insert into uka.code (organisation_id, list, code, label) select ?, list, code, label from uka.code_seed "
                + "on conflict do nothing", organisationId);
    }

    public List<Records.Code> list(long organisationId, String list) {
        ensureSeeded(organisationId);
        return jdbc.query("select code, label, active from uka.code where organisation_id = ? and list = ? order by label",
                (rs, i) -> new Records.Code(rs.getString(1), rs.getString(2), rs.getBoolean(3)), organisationId, list);
    }

    /** The active codes of a list, code to label, for forms. */
    public Map<String, String> active(long organisationId, String list) {
        Map<String, String> codes = new LinkedHashMap<>();
        list(organisationId, list).stream().filter(Records.Code::active).forEach(c -> codes.put(c.code(), c.label()));
        return codes;
    }

    /** Every code of a list (also inactive ones), to show what old rows say. */
    public Map<String, String> labels(long organisationId, String list) {
        Map<String, String> codes = new LinkedHashMap<>();
        list(organisationId, list).forEach(c -> codes.put(c.code(), c.label()));
        return codes;
    }

    public boolean isActive(long organisationId, String list, String code) {
        return code != null && active(organisationId, list).containsKey(code);
    }

    /** Adds a code or renames it and sets whether it may be chosen. */
    @Transactional
    public void save(long organisationId, String list, String code, String label, boolean active) {
        ensureSeeded(organisationId);
        jdbc.update("insert into uka.code (organisation_id, list, code, label, active) values (?, ?, ?, ?, ?) "
                + "on conflict (organisation_id, list, code) do update set label = excluded.label, active = excluded.active",
                organisationId, list, code, label, active);
    }
}
