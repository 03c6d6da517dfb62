package se.sambruk.bibblix.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Search that forgives spelling mistakes and understands Swedish, in two steps:
 * <ol>
 * <li><b>Words</b>: each typed word (at most {@value #MAX_WORDS}) is looked up in the catalogue's
 * vocabulary ({@code bibblix.search_word}: every word of the titles, subtitles, authors, blurbs and
 * descriptions, kept by a trigger), compared without accents ("hastar" is "hästar"). A word that is
 * not in it is replaced by the {@value #CORRECTIONS} known words most similar to it (pg_trgm
 * {@code %} on a trigram index, similarity at least 0.3: "poter" becomes "potter", "drakn"
 * "draken"). The words, with each typed word itself, become one full-text query with the
 * {@code swedish} configuration, any word matching ("hästar" finds "häst", "draken" finds "drakar").</li>
 * <li><b>Titles</b>: the selected titles that match, from the GIN index on {@code search_vector},
 * ranked by {@code ts_rank_cd} (title weighs most, then authors, the blurb, the description; more
 * matching words rank higher), ties by title, at most {@code limit}.</li>
 * </ol>
 * The trigram comparison runs over the vocabulary (tens of thousands of short words), never over
 * every title. Answers are kept in memory per query while the catalogue's version stands
 * ({@link CatalogueVersion}); children search the same words again and again.
 */
@Component
public class TitleSearch {

    public static final int MAX_QUERY = 100;
    static final int MAX_WORDS = 8;
    static final int CORRECTIONS = 3;
    /** Kept answers at most; past that the least recently asked is dropped. */
    static final int MAX_KEPT = 2_000;

    /** What a list of books shows (the texts are left out: the list does not show them). */
    private static final String HIT_COLUMNS = "id, record_reference, isbn, title, subtitle, authors, publisher, language, product_form, "
            + "published_year, null as description, thema, age_from, age_to, eligible, eligibility_note, withdrawn, selected, featured, "
            + "null as blurb, category_id, easier_title_id, paper_tip";

    private static final String TERMS = """
            with typed as (
                select distinct w, bibblix.fold(w) as f from bibblix.words_of(:q) w limit %d
            ), terms as (
                select w as word from typed
                union all
                select s.word from typed cross join lateral (
                    select word from bibblix.search_word where folded = typed.f
                    union all
                    (select word from bibblix.search_word
                     where folded operator(public.%%) typed.f and not exists (select from bibblix.search_word k where k.folded = typed.f)
                     order by public.similarity(folded, typed.f) desc, word limit %d)
                ) s
            )
            select coalesce(string_agg(distinct '(' || x || ')', ' | '), '') from (select plainto_tsquery('swedish', word)::text as x from terms) w where x <> ''
            """.formatted(MAX_WORDS, CORRECTIONS);

    private record Kept(long version, List<Title> titles) {
    }

    private final JdbcClient jdbc;
    private final CatalogueVersion version;
    private final Map<String, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > MAX_KEPT;
        }
    });

    TitleSearch(JdbcClient jdbc, CatalogueVersion version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    /** The selected titles that match, best first, without their texts (description, blurb). */
    public List<Title> search(String query, AgeBand band, int limit) {
        String q = normalise(query);
        if (q.isEmpty()) {
            return List.of();
        }
        long now = version.current();
        String key = (band == null ? "" : band.slug()) + "|" + limit + "|" + q;
        Kept answer = kept.get(key);
        if (answer != null && answer.version() == now) {
            return answer.titles();
        }
        List<Title> titles = find(q, band, limit);
        kept.put(key, new Kept(now, titles));
        return titles;
    }

    /** The query as searched: trimmed, cut, lower case, single spaces (so "Draken " and "draken" are one query). */
    static String normalise(String query) {
        String q = query == null ? "" : query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY).strip() : q;
    }

    private List<Title> find(String q, AgeBand band, int limit) {
        String tsquery = jdbc.sql(TERMS).param("q", q).query(String.class).optional().orElse(null);
        if (tsquery == null || tsquery.isEmpty()) {
            return List.of();
        }
        return List.copyOf(jdbc.sql("select " + HIT_COLUMNS + " from bibblix.title t"
                        + " where t.selected and not t.withdrawn and t.search_vector @@ cast(:tsq as tsquery)"
                        + (band == null ? "" : " and (t.age_from is null or t.age_from <= :to) and (t.age_to is null or t.age_to >= :from)")
                        + " order by ts_rank_cd(t.search_vector, cast(:tsq as tsquery)) desc, t.title limit :limit")
                .param("tsq", tsquery).param("limit", limit)
                .param("from", band == null ? 0 : band.from()).param("to", band == null ? 0 : band.to())
                .query(Title.class).list());
    }
}
