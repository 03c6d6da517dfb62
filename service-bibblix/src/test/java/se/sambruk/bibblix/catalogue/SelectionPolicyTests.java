package se.sambruk.bibblix.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;
import se.sambruk.bibblix.onix.OnixProduct;

import static org.assertj.core.api.Assertions.assertThat;

class SelectionPolicyTests {

    static OnixProduct product(String notification, String form, String language, List<String> thema, Integer from, Integer to) {
        return new OnixProduct("r", notification, "9789129688313", form, "T", null, "A", language, thema, from, to, "D", "P", 2025);
    }

    @Test
    void aSwedishChildrensEbookQualifies() {
        assertThat(SelectionPolicy.reasonsAgainst(product("03", "ED", "swe", List.of("YFH"), 6, 9))).isEmpty();
        assertThat(SelectionPolicy.reasonsAgainst(product("03", "EA", "swe", List.of("FBA"), 9, 12))).isEmpty();
    }

    @Test
    void paperEnglishAdultAndWithdrawnTitlesDoNot() {
        assertThat(SelectionPolicy.reasonsAgainst(product("03", "BC", "swe", List.of("YFH"), 6, 9))).singleElement().asString().contains("e-bok");
        assertThat(SelectionPolicy.reasonsAgainst(product("03", "ED", "eng", List.of("YFH"), 6, 9))).singleElement().asString().contains("svenska");
        assertThat(SelectionPolicy.reasonsAgainst(product("03", "ED", "swe", List.of("KFC"), 18, 99))).singleElement().asString().contains("barn");
        assertThat(SelectionPolicy.reasonsAgainst(product("03", "ED", "swe", List.of("FBA"), null, null))).singleElement().asString().contains("barn");
        assertThat(SelectionPolicy.reasonsAgainst(product("05", "ED", "swe", List.of("YFH"), 6, 9))).singleElement().asString().contains("utgången");
    }

    @Test
    void ageBandsOverlapTheTitlesAges() {
        assertThat(AgeBand.YOUNG.overlaps(7, 10)).isTrue();
        assertThat(AgeBand.OLDER.overlaps(7, 10)).isFalse();
        assertThat(AgeBand.MIDDLE.overlaps(null, null)).isTrue();
        assertThat(AgeBand.of(9)).isEqualTo(AgeBand.MIDDLE);
        assertThat(AgeBand.of(null)).isEqualTo(AgeBand.YOUNG);
        assertThat(AgeBand.bySlug("11-12")).contains(AgeBand.OLDER);
        assertThat(AgeBand.bySlug("x")).isEmpty();
    }

    @Test
    void theCategoryIsSuggestedByTheFirstMatchingThemaPrefix() {
        List<Category> categories = List.of(new Category(1, "fantasy", "Fantasy", "Fantasy", "x", "YFH", 1),
                new Category(2, "mysterier", "Mysterier", "Mysteries", "x", "YFCF YFD", 2), new Category(3, "aventyr", "Äventyr", "Adventure", "x", "YFC", 3));
        assertThat(CatalogueStore.suggestedCategory(categories, List.of("YFCF"))).isEqualTo(2L);
        assertThat(CatalogueStore.suggestedCategory(categories, List.of("YFCA"))).isEqualTo(3L);
        assertThat(CatalogueStore.suggestedCategory(categories, List.of("5AG"))).isNull();
    }
}
