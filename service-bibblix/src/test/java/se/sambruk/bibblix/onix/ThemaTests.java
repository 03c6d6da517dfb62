package se.sambruk.bibblix.onix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The categories and the age reading use only Thema codes that exist, and the code checks accept every real shape. */
class ThemaTests {

    /** The categories' Thema prefixes as the migrations leave them (the insert of V1, then each later update). */
    static Map<String, String> categoryCodes() throws IOException {
        Map<String, String> codes = new LinkedHashMap<>();
        Matcher insert = Pattern.compile("\\('([a-z]+)',\\s*'[^']*',\\s*'[^']*',\\s*'[^']*',\\s*'([A-Z0-9 ]*)',\\s*\\d+\\)")
                .matcher(migration("V1__bibblix.sql"));
        while (insert.find()) {
            codes.put(insert.group(1), insert.group(2));
        }
        for (String later : List.of("V2__search_words.sql")) {
            Matcher update = Pattern.compile("update bibblix\\.category set thema = '([A-Z0-9 ]*)' where slug = '([a-z]+)'").matcher(migration(later));
            while (update.find()) {
                codes.put(update.group(2), update.group(1));
            }
        }
        return codes;
    }

    private static String migration(String name) throws IOException {
        try (InputStream in = ThemaTests.class.getResourceAsStream("/db/migration/bibblix/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyCategoryIsSuggestedByThemaCodesThatExist() throws IOException {
        Map<String, String> categories = categoryCodes();
        assertThat(categories).hasSize(8).containsKeys("fantasy", "mysterier", "aventyr", "kompisar", "djur", "sport", "rolig", "fakta");
        List<String> unknown = new ArrayList<>();
        categories.forEach((slug, codes) -> {
            assertThat(codes.split(" ")).as(slug).isNotEmpty();
            for (String code : codes.split(" ")) {
                if (!Thema.CHILDRENS_SUBJECTS.containsKey(code) || !Thema.shapeOk("93", code)) {
                    unknown.add(slug + ": " + code);
                }
            }
        });
        assertThat(unknown).as("category prefixes that are not Thema codes").isEmpty();
        assertThat(Thema.CHILDRENS_SUBJECTS.keySet()).allMatch(code -> code.startsWith("Y") && Thema.shapeOk("93", code));
    }

    @Test
    void theInterestAgesAreThemasFiveAQualifiersInOrder() {
        List<String> codes = Thema.INTEREST_AGES.keySet().stream().sorted().toList();
        assertThat(codes).containsExactly("5AB", "5AC", "5AD", "5AF", "5AG", "5AH", "5AJ", "5AK", "5AL", "5AM", "5AN", "5AP", "5AQ");
        assertThat(codes).allMatch(code -> Thema.shapeOk("98", code));
        assertThat(codes.stream().map(Thema.INTEREST_AGES::get).toList()).isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();
        // the children's ages: 6 to 12
        assertThat(Thema.interestAge("5AG")).isEqualTo(6);
        assertThat(Thema.interestAge("5AN")).isEqualTo(12);
        assertThat(Thema.interestAge("5AB")).isZero();
        assertThat(Thema.interestAge("YFH")).isNull();
        assertThat(Thema.interestAge(null)).isNull();
    }

    @Test
    void realCodeShapesPassAndImpossibleOnesDoNot() {
        // every section of Thema, with digits where Thema has them (YPCA21), and R (earth sciences, geography)
        for (String code : List.of("A", "CB", "DC", "FM", "GB", "JB", "KC", "LA", "MB", "NH", "PD", "QR", "RBG", "SC", "TB", "UB", "VS", "WB",
                "XA", "YFH", "YPCA21", "YNNA")) {
            assertThat(Thema.shapeOk("93", code)).as(code).isTrue();
        }
        // no section B, E, H, I, O or Z; no lower case; not a qualifier
        for (String code : List.of("B", "EA", "HB", "IA", "OA", "ZZ9", "yfh", "5AG", "")) {
            assertThat(Thema.shapeOk("93", code)).as(code).isFalse();
        }
        assertThat(Thema.shapeOk("94", "1DNS-SE-B")).isTrue();
        assertThat(Thema.shapeOk("98", "5AG")).isTrue();
        assertThat(Thema.shapeOk("98", "1DNS")).isFalse();
        assertThat(Thema.shapeOk("99", "6AA")).isTrue();
        assertThat(Thema.shapeOk("93", null)).isFalse();
    }
}
