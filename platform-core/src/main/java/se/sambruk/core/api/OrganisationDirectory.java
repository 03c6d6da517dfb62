package se.sambruk.core.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.sambruk.core.organisation.OrganisationType;

/**
 * The API's read model of the register: one SQL query per page (the total counted in the same
 * query) and one for whom the page's organisations act for. Plain SQL because it is the hottest
 * read of the API, and the JPA query cost several times more CPU than the database's own work
 * (each call translated again: Hibernate does not cache the translation of a query with a
 * collection parameter).
 */
@Component
class OrganisationDirectory {

    private static final String COLUMNS = "o.id, o.type, o.name, o.municipality_code, o.county_code, o.county_name, o.population, o.org_number, o.website";

    private final JdbcTemplate jdbc;

    OrganisationDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of organisations by name, of one type (all when null) matching the text (all when null). */
    PageResponse<OrganisationSummary> search(OrganisationType type, String text, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> arguments = new ArrayList<>();
        if (type != null) {
            where.append(" and o.type = ?");
            arguments.add(type.name());
        }
        if (text != null) {
            where.append(" and (lower(o.name) like ? or o.municipality_code = ? or lower(o.county_name) like ?)");
            String like = "%" + escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%";
            arguments.add(like);
            arguments.add(text);
            arguments.add(like);
        }
        List<Object> pageArguments = new ArrayList<>(arguments);
        pageArguments.add(size);
        pageArguments.add((long) page * size);
        long[] total = {-1};
        List<Row> rows = jdbc.query("select " + COLUMNS + ", count(*) over () from core.organisation o" + where
                + " order by o.name, o.id limit ? offset ?", (rs, i) -> {
            total[0] = rs.getLong(10);
            return new Row(rs.getLong(1), OrganisationType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), rs.getString(8), rs.getString(9));
        }, pageArguments.toArray());
        if (total[0] < 0) { // past the last page: the window counted nothing
            total[0] = jdbc.queryForObject("select count(*) from core.organisation o" + where, Long.class, arguments.toArray());
        }
        Map<Long, List<OrganisationRef>> actsFor = actsFor(rows.stream().map(Row::id).toList());
        List<OrganisationSummary> content = rows.stream().map(row -> row.summary(actsFor.getOrDefault(row.id(), List.of()))).toList();
        int totalPages = (int) ((total[0] + size - 1) / size);
        return new PageResponse<>(content, new PageResponse.PageMetadata(page, size, total[0], totalPages));
    }

    private Map<Long, List<OrganisationRef>> actsFor(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String array = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        Map<Long, List<OrganisationRef>> result = new LinkedHashMap<>();
        jdbc.query("""
                select a.organisation_id, r.id, r.name from core.organisation_acts_for a
                join core.organisation r on r.id = a.represented_id
                where a.organisation_id = any (?::bigint[]) order by r.name, r.id""", rs -> {
            result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new OrganisationRef(rs.getLong(2), rs.getString(3)));
        }, array);
        return result;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Row(long id, OrganisationType type, String name, String municipalityCode, String countyCode,
                       String countyName, Integer population, String orgNumber, String website) {
        OrganisationSummary summary(List<OrganisationRef> actsFor) {
            return new OrganisationSummary(id, type, name, municipalityCode, countyCode, countyName, population, orgNumber, website, actsFor);
        }
    }
}
