package se.sambruk.bibblix.catalogue;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.bibblix.onix.OnixProduct;

/** Writes the catalogue: an imported record (the supplier's fields only) and a librarian's edits. */
@Component
public class CatalogueStore {

    private final JdbcClient jdbc;
    private final CatalogueVersion version;

    CatalogueStore(JdbcClient jdbc, CatalogueVersion version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    /**
     * Inserts or updates the title of this record reference. A librarian's choices (selection,
     * blurb, category, ages once edited, featured) are kept; a title that stops qualifying is
     * taken out of Bibblix.
     */
    @Transactional
    public void upsert(OnixProduct product, List<Category> categories) {
        List<String> against = SelectionPolicy.reasonsAgainst(product);
        boolean eligible = against.isEmpty();
        Long category = suggestedCategory(categories, product.thema());
        jdbc.sql("""
                        insert into bibblix.title (record_reference, isbn, title, subtitle, authors, publisher, language, product_form, published_year,
                                                   description, thema, age_from, age_to, eligible, eligibility_note, withdrawn, category_id)
                        values (:ref, :isbn, :title, :subtitle, :authors, :publisher, :language, :form, :year, :description, :thema, :from, :to,
                                :eligible, :note, :withdrawn, :category)
                        on conflict (record_reference) do update set
                            isbn = excluded.isbn, title = excluded.title, subtitle = excluded.subtitle, authors = excluded.authors,
                            publisher = excluded.publisher, language = excluded.language, product_form = excluded.product_form,
                            published_year = excluded.published_year, description = excluded.description, thema = excluded.thema,
                            age_from = case when bibblix.title.edited_at is null then excluded.age_from else bibblix.title.age_from end,
                            age_to = case when bibblix.title.edited_at is null then excluded.age_to else bibblix.title.age_to end,
                            eligible = excluded.eligible, eligibility_note = excluded.eligibility_note, withdrawn = excluded.withdrawn,
                            selected = bibblix.title.selected and excluded.eligible,
                            category_id = coalesce(bibblix.title.category_id, excluded.category_id), imported_at = now()
                        """)
                .param("ref", product.recordReference()).param("isbn", product.isbn()).param("title", cut(product.title(), 300))
                .param("subtitle", cut(product.subtitle(), 300)).param("authors", cut(product.authors(), 500))
                .param("publisher", cut(product.publisher(), 200)).param("language", product.language())
                .param("form", product.productForm()).param("year", product.publishedYear()).param("description", product.description())
                .param("thema", cut(String.join(" ", product.thema()), 300)).param("from", product.ageFrom()).param("to", product.ageTo())
                .param("eligible", eligible).param("note", eligible ? null : cut(String.join("; ", against), 300))
                .param("withdrawn", product.deleted()).param("category", category)
                .update();
        version.changed();
    }

    /** The first category (by position) one of whose Thema prefixes starts one of the codes; subject codes (letters) only. */
    static Long suggestedCategory(List<Category> categories, List<String> thema) {
        for (Category category : categories) {
            for (String prefix : category.thema().split(" ")) {
                if (!prefix.isBlank() && thema.stream().anyMatch(code -> code.startsWith(prefix))) {
                    return category.id();
                }
            }
        }
        return null;
    }

    /** Selects eligible titles (an ineligible one is refused: false) or takes titles out of Bibblix. */
    @Transactional
    public boolean select(long titleId, boolean selected) {
        version.changed();
        return jdbc.sql("update bibblix.title set selected = :selected, featured = featured and :selected where id = :id and (eligible or not :selected)")
                .param("selected", selected).param("id", titleId).update() == 1;
    }

    @Transactional
    public int selectAllEligible() {
        version.changed();
        int selected = jdbc.sql("update bibblix.title set selected = true where eligible and not withdrawn and not selected").update();
        if (selected > 0) {
            refreshStatistics();
        }
        return selected;
    }

    /**
     * Gives the planner the catalogue's new shape after a bulk change (an import, "select all"):
     * without it, right after 20,000 titles arrive, the search's estimates are those of an empty
     * catalogue until autovacuum gets to it.
     */
    public void refreshStatistics() {
        jdbc.sql("analyze bibblix.title").update();
    }

    @Transactional
    public void edit(long titleId, String blurb, Long categoryId, Integer ageFrom, Integer ageTo, boolean featured, Long easierTitleId, String paperTip) {
        jdbc.sql("""
                        update bibblix.title set blurb = :blurb, category_id = :category, age_from = :from, age_to = :to,
                               featured = :featured and selected, easier_title_id = :easier, paper_tip = :tip, edited_at = now()
                        where id = :id
                        """)
                .param("blurb", blurb).param("category", categoryId).param("from", ageFrom).param("to", ageTo).param("featured", featured)
                .param("easier", easierTitleId).param("tip", paperTip).param("id", titleId).update();
        version.changed();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
