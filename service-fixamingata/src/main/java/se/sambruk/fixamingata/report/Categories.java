package se.sambruk.fixamingata.report;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each municipality's categories. A municipality that starts using FixaMinGata gets the standard
 * set (about twenty, FixaMinGata's usual ones) plus state roads, which go to Trafikverket; staff
 * then point each category at their e-mail address, Open311 back-end or ServiceNow.
 */
@Component
public class Categories {

    /** The standard categories, in the order residents see them. */
    public static final List<String> STANDARD = List.of(
            "Belysning", "Gatubelysning ur funktion", "Hål eller skador i vägen", "Gång- och cykelväg", "Trafikljus",
            "Vägskyltar", "Snöröjning och halka", "Klotter", "Nedskräpning", "Fulla papperskorgar", "Dumpat avfall",
            "Parker och grönytor", "Träd och buskar", "Lekplatser", "Parkbänkar och utemöbler", "Övergivna cyklar",
            "Övergivna fordon", "Brunnar och dagvatten", "Vatten och avlopp", "Övrigt");
    public static final String STATE_ROADS = "Statlig väg (Trafikverket)";

    private static final RowMapper<Category> ROW = (rs, i) -> new Category(rs.getLong("id"), rs.getLong("organisation_id"),
            rs.getString("name"), Category.SendMethod.valueOf(rs.getString("send_method")), rs.getString("send_to"),
            rs.getString("send_key"), rs.getString("external_code"), rs.getBoolean("trafikverket"), rs.getBoolean("active"),
            rs.getInt("position"));

    private final JdbcTemplate jdbc;
    private final String trafikverketEmail;

    Categories(JdbcTemplate jdbc, @Value("${sambruk.fixamingata.trafikverket-email:trafikverket@trafikverket.se}") String trafikverketEmail) {
        this.jdbc = jdbc;
        this.trafikverketEmail = trafikverketEmail;
    }

    /** The municipality's active categories; the standard set is made on first use. */
    @Transactional
    public List<Category> active(long organisationId, String defaultEmail) {
        List<Category> categories = jdbc.query("select * from fixamingata.category where organisation_id = ? and active order by position, name",
                ROW, organisationId);
        if (!categories.isEmpty()) {
            return categories;
        }
        seedStandard(organisationId, defaultEmail);
        return jdbc.query("select * from fixamingata.category where organisation_id = ? and active order by position, name", ROW, organisationId);
    }

    @Transactional(readOnly = true)
    public List<Category> all(long organisationId) {
        return jdbc.query("select * from fixamingata.category where organisation_id = ? order by position, name", ROW, organisationId);
    }

    @Transactional(readOnly = true)
    public Optional<Category> find(long id) {
        return jdbc.query("select * from fixamingata.category where id = ?", ROW, id).stream().findFirst();
    }

    @Transactional
    public void seedStandard(long organisationId, String defaultEmail) {
        int position = 0;
        for (String name : STANDARD) {
            jdbc.update("""
                    insert into fixamingata.category (organisation_id, name, send_method, send_to, position)
                    values (?, ?, 'EMAIL', ?, ?) on conflict on constraint category_name_unique do nothing""",
                    organisationId, name, defaultEmail, position++);
        }
        jdbc.update("""
                insert into fixamingata.category (organisation_id, name, send_method, send_to, trafikverket, position)
                values (?, ?, 'EMAIL', ?, true, ?) on conflict on constraint category_name_unique do nothing""",
                organisationId, STATE_ROADS, trafikverketEmail, position);
    }

    /** One category of the organisation's; empty for another organisation's (or no) category. */
    @Transactional(readOnly = true)
    public Optional<Category> findOfOrganisation(long id, long organisationId) {
        return jdbc.query("select * from fixamingata.category where id = ? and organisation_id = ?", ROW, id, organisationId)
                .stream().findFirst();
    }

    /**
     * A new category, last in the list; its id. A name the organisation already has throws
     * {@link org.springframework.dao.DuplicateKeyException}.
     */
    @Transactional
    public long create(long organisationId, String name, Category.SendMethod method, String sendTo, String sendKey,
                       String externalCode, boolean active) {
        return jdbc.queryForObject("""
                insert into fixamingata.category (organisation_id, name, send_method, send_to, send_key, external_code, active, position)
                values (?, ?, ?, ?, ?, ?, ?, (select coalesce(max(position), -1) + 1 from fixamingata.category where organisation_id = ?))
                returning id""", Long.class, organisationId, name, method.name(), sendTo, sendKey, externalCode, active, organisationId);
    }

    /** Renames and re-routes a category of the organisation's; a null key keeps the stored one. */
    @Transactional
    public void update(long organisationId, long categoryId, String name, Category.SendMethod method, String sendTo, String sendKey,
                       String externalCode, boolean active) {
        jdbc.update("update fixamingata.category set name = ? where id = ? and organisation_id = ?", name, categoryId, organisationId);
        route(organisationId, categoryId, method, sendTo, sendKey, externalCode, active);
    }

    /** Where a category's reports go; staff of the category's municipality only (the caller checks). */
    @Transactional
    public void route(long organisationId, long categoryId, Category.SendMethod method, String sendTo, String sendKey,
                      String externalCode, boolean active) {
        jdbc.update("""
                update fixamingata.category set send_method = ?, send_to = ?, send_key = coalesce(?, send_key),
                  external_code = ?, active = ? where id = ? and organisation_id = ?""",
                method.name(), sendTo, sendKey, externalCode, active, categoryId, organisationId);
    }
}
