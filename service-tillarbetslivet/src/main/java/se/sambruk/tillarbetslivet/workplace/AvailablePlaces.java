package se.sambruk.tillarbetslivet.workplace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The places with free seats, for the public list on {@code /prao}: trade, area, municipality, dates,
 * ages and how many seats are free. Nothing that names a person or a pupil: no workplace, address or
 * supervisor (a sole trader's workplace carries the owner's name).
 */
@Repository
public class AvailablePlaces {

    /** At most this many places are listed; the page says when there were more. */
    public static final int LIMIT = 200;

    public record Available(String municipality, String trade, String area, LocalDate startsOn, LocalDate endsOn, int minAge, int maxAge,
                            int free) {
    }

    /** The search: parts of the area and trade (any case), and the municipality (null for all). */
    public record Search(String area, String trade, Long municipality) {

        public Search {
            area = clean(area);
            trade = clean(trade);
        }

        private static String clean(String text) {
            if (text == null) {
                return "";
            }
            String stripped = text.strip();
            return stripped.length() > 120 ? stripped.substring(0, 120) : stripped;
        }
    }

    public record Found(List<Available> places, boolean more) {
    }

    private final JdbcTemplate jdbc;

    AvailablePlaces(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The places of the serving municipalities that have not ended by {@code today} and have a free seat, soonest first. */
    public Found search(List<ServingMunicipalities.Municipality> serving, Search search, LocalDate today) {
        Map<Long, String> names = serving.stream().collect(Collectors.toMap(ServingMunicipalities.Municipality::id,
                ServingMunicipalities.Municipality::name, (a, b) -> a));
        List<Long> ids = search.municipality() == null ? List.copyOf(names.keySet())
                : names.containsKey(search.municipality()) ? List.of(search.municipality()) : List.of();
        if (ids.isEmpty()) {
            return new Found(List.of(), false);
        }
        List<Available> found = new ArrayList<>(jdbc.query("""
                select p.organisation_id, p.trade, p.area, p.starts_on, p.ends_on, p.min_age, p.max_age,
                       p.seats - (select count(*) from tillarbetslivet.placement pl where pl.place_id = p.id) as free
                from tillarbetslivet.place p
                where p.organisation_id = any (?) and p.ends_on >= ?
                  and p.area ilike ('%' || ? || '%') escape '\\' and p.trade ilike ('%' || ? || '%') escape '\\'
                  and p.seats > (select count(*) from tillarbetslivet.placement pl where pl.place_id = p.id)
                order by p.starts_on, p.trade, p.id
                limit ?""", (rs, i) -> new Available(names.get(rs.getLong("organisation_id")), rs.getString("trade"), rs.getString("area"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getInt("min_age"), rs.getInt("max_age"),
                rs.getInt("free")), ids.toArray(Long[]::new), today, like(search.area()), like(search.trade()), LIMIT + 1));
        boolean more = found.size() > LIMIT;
        return new Found(more ? found.subList(0, LIMIT) : found, more);
    }

    /** The text with LIKE's wildcards taken literally. */
    static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
