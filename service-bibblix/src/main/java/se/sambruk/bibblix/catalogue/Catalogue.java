package se.sambruk.bibblix.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the catalogue: what children see (selected titles only) and what librarians work on. */
@Component
public class Catalogue {

    static final String COLUMNS = "id, record_reference, isbn, title, subtitle, authors, publisher, language, product_form, published_year, "
            + "description, thema, age_from, age_to, eligible, eligibility_note, withdrawn, selected, featured, blurb, category_id, "
            + "easier_title_id, paper_tip";
    static final int FEATURED = 12;
    private static final String BAND = " and (age_from is null or age_from <= :to) and (age_to is null or age_to >= :from)";

    private record Kept<T>(long version, T value) {
    }

    private final JdbcClient jdbc;
    private final CatalogueVersion version;
    private volatile Kept<List<Category>> categories;
    private volatile Kept<List<Title>> featured;

    Catalogue(JdbcClient jdbc, CatalogueVersion version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    /** The category tiles, in their order (kept while the catalogue's version stands). */
    public List<Category> categories() {
        long now = version.current();
        Kept<List<Category>> kept = categories;
        if (kept == null || kept.version() != now) {
            kept = new Kept<>(now, List.copyOf(jdbc.sql("select * from bibblix.category order by position, name").query(Category.class).list()));
            categories = kept;
        }
        return kept.value();
    }

    public Optional<Category> category(String slug) {
        return categories().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public Optional<Category> category(long id) {
        return categories().stream().filter(c -> c.id() == id).findFirst();
    }

    /** The featured books of the start page, at most {@value #FEATURED} (kept while the catalogue's version stands). */
    public List<Title> featured() {
        long now = version.current();
        Kept<List<Title>> kept = featured;
        if (kept == null || kept.version() != now) {
            kept = new Kept<>(now, List.copyOf(jdbc.sql("select " + COLUMNS
                    + " from bibblix.title where selected and featured and not withdrawn order by title limit ?").param(FEATURED).query(Title.class).list()));
            featured = kept;
        }
        return kept.value();
    }

    public List<Title> inCategory(long categoryId, AgeBand band, int limit) {
        return jdbc.sql("select " + COLUMNS + " from bibblix.title where selected and not withdrawn and category_id = :category"
                        + (band == null ? "" : BAND) + " order by featured desc, title limit :limit")
                .param("category", categoryId).param("from", band == null ? 0 : band.from()).param("to", band == null ? 0 : band.to())
                .param("limit", limit).query(Title.class).list();
    }

    public List<Title> inBand(AgeBand band, int limit) {
        return jdbc.sql("select " + COLUMNS + " from bibblix.title where selected and not withdrawn" + BAND + " order by featured desc, title limit :limit")
                .param("from", band.from()).param("to", band.to()).param("limit", limit).query(Title.class).list();
    }

    /** A title children may see (selected, not withdrawn). */
    public Optional<Title> visible(long id) {
        return jdbc.sql("select " + COLUMNS + " from bibblix.title where id = ? and selected and not withdrawn").param(id).query(Title.class).optional();
    }

    /** Any title, for librarians. */
    public Optional<Title> title(long id) {
        return jdbc.sql("select " + COLUMNS + " from bibblix.title where id = ?").param(id).query(Title.class).optional();
    }

    public long selectedCount() {
        return jdbc.sql("select count(*) from bibblix.title where selected and not withdrawn").query(Long.class).single();
    }

    /** Librarians' list: by text in title/author/ISBN, and by state. */
    public List<Title> forLibrarians(String text, String state, int limit) {
        String where = switch (state == null ? "" : state) {
            case "selected" -> " and selected";
            case "candidates" -> " and eligible and not selected and not withdrawn";
            case "ineligible" -> " and not eligible";
            default -> "";
        };
        String q = text == null ? "" : text.strip();
        return jdbc.sql("select " + COLUMNS + " from bibblix.title where (:q = '' or search_text like '%' || bibblix.fold(:q) || '%' or isbn = :q)"
                        + where + " order by title limit :limit")
                .param("q", q).param("limit", limit).query(Title.class).list();
    }
}
