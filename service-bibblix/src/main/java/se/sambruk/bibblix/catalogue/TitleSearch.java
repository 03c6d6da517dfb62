package se.sambruk.bibblix.catalogue;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search that forgives spelling mistakes and understands Swedish: PostgreSQL full-text search with
 * the {@code swedish} configuration (stems, so "hästar" finds "häst" and "draken" finds "drakar"),
 * any word matching (the words are OR-ed, more matches rank higher), plus trigram word similarity
 * on the title, subtitle and authors folded to lower case without accents (so "harry poter" finds
 * "Harry Potter" and "hastar" finds "Hästar"). Both conditions use GIN indexes on the selected
 * titles. Ranking: full-text rank (title weighs most, then authors, the blurb, the description) plus
 * the trigram similarity; ties by title.
 */
@Component
public class TitleSearch {

    /** How similar the typed words must be to a run of the title's words (pg_trgm's default is 0.6). */
    static final String SIMILARITY_THRESHOLD = "0.5";
    public static final int MAX_QUERY = 100;

    private final JdbcClient jdbc;

    TitleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Title> search(String query, AgeBand band, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        if (q.isEmpty()) {
            return List.of();
        }
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true)").param(SIMILARITY_THRESHOLD).query(String.class).single();
        return jdbc.sql("""
                        with input as (
                            select bibblix.fold(:q) as folded,
                                   replace(plainto_tsquery('swedish', :q)::text, ' & ', ' | ') as words
                        ), query as (
                            select folded, case when words = '' then null else words::tsquery end as tsq from input
                        )
                        select %s from (
                            select t.*, coalesce(ts_rank_cd(t.search_vector, query.tsq), 0) + word_similarity(query.folded, t.search_text) as score
                            from bibblix.title t, query
                            where t.selected and not t.withdrawn
                              and ((query.tsq is not null and t.search_vector @@ query.tsq) or query.folded <%% t.search_text)
                              %s
                        ) hits order by score desc, title limit :limit
                        """.formatted(Catalogue.COLUMNS,
                        band == null ? "" : "and (t.age_from is null or t.age_from <= :to) and (t.age_to is null or t.age_to >= :from)"))
                .param("q", q).param("limit", limit)
                .param("from", band == null ? 0 : band.from()).param("to", band == null ? 0 : band.to())
                .query(Title.class).list();
    }
}
