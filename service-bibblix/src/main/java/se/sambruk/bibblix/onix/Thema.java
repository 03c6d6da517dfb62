package se.sambruk.bibblix.onix;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What Bibblix knows of Thema, EDItEUR's subject category scheme (browsable at
 * ns.editeur.org/thema): the shape of its codes, the children's subject codes the categories are
 * suggested from, and the interest-age qualifiers (section 5A) an age is read from. Headings in
 * English as EDItEUR gives them (abridged). The categories ({@code bibblix.category.thema}) may use
 * only codes listed in {@link #CHILDRENS_SUBJECTS}; {@code ThemaTests} checks that.
 */
public final class Thema {

    /**
     * A subject code: one of Thema's section letters (A Arts, C Language, D Biography and
     * literature, F Fiction, G Reference, J Society, K Economics, L Law, M Medicine, N History,
     * P Mathematics and science, Q Philosophy and religion, R Earth sciences and geography,
     * S Sports, T Technology, U Computing, V Health and personal development, W Lifestyle,
     * X Graphic novels, Y Children's), then letters and digits (YPCA21 has two).
     */
    static final Pattern SUBJECT = Pattern.compile("[ACDFGJKLMNPQRSTUVWXY][A-Z0-9]{0,7}");
    /** A qualifier: the digit of its kind (1 place, 2 language, 3 time, 4 educational purpose, 5 interest, 6 style), then letters, digits and national extensions (1DNS-SE-B). */
    static final Pattern QUALIFIER = Pattern.compile("[1-6][A-Z0-9]{1,7}(-[A-Z0-9]{1,6}){0,3}");

    /** The children's subject codes Bibblix's categories are suggested from. */
    public static final Map<String, String> CHILDRENS_SUBJECTS = Map.ofEntries(
            Map.entry("YF", "Children’s / Teenage fiction and true stories"),
            Map.entry("YFC", "Children’s / Teenage fiction: Action and adventure stories"),
            Map.entry("YFCF", "Children’s / Teenage fiction: Crime and mystery fiction"),
            Map.entry("YFD", "Children’s / Teenage fiction: Horror and ghost stories, chillers"),
            Map.entry("YFG", "Children’s / Teenage fiction: Science fiction"),
            Map.entry("YFH", "Children’s / Teenage fiction: Fantasy and magical realism"),
            Map.entry("YFM", "Children’s / Teenage fiction: Relationship stories"),
            Map.entry("YFN", "Children’s / Teenage fiction: Family and home stories"),
            Map.entry("YFP", "Children’s / Teenage fiction: Animal stories"),
            Map.entry("YFQ", "Children’s / Teenage fiction: Humorous stories"),
            Map.entry("YFR", "Children’s / Teenage fiction: Sporting stories"),
            Map.entry("YFS", "Children’s / Teenage fiction: School stories"),
            Map.entry("YN", "Children’s / Teenage: General interest"),
            Map.entry("YNN", "Children’s / Teenage general interest: Nature and animals"),
            Map.entry("YNW", "Children’s / Teenage general interest: Sports and outdoor recreation"),
            Map.entry("YNX", "Children’s / Teenage general interest: Mysteries and the unexplained"),
            Map.entry("YP", "Educational material"),
            Map.entry("YX", "Children’s / Teenage: Personal and social topics"));

    /** Interest age qualifiers (5A): the lowest age each stands for ("Interest age: from c 6 years" is 6). */
    public static final Map<String, Integer> INTEREST_AGES = Map.ofEntries(
            Map.entry("5AB", 0), // from birth
            Map.entry("5AC", 3),
            Map.entry("5AD", 4),
            Map.entry("5AF", 5),
            Map.entry("5AG", 6),
            Map.entry("5AH", 7),
            Map.entry("5AJ", 8),
            Map.entry("5AK", 9),
            Map.entry("5AL", 10),
            Map.entry("5AM", 11),
            Map.entry("5AN", 12),
            Map.entry("5AP", 13),
            Map.entry("5AQ", 14));

    private Thema() {
    }

    /** Whether the code has the shape Thema gives codes of its scheme (ONIX SubjectSchemeIdentifier 93 to 99). */
    public static boolean shapeOk(String scheme, String code) {
        if (code == null) {
            return false;
        }
        return switch (scheme) {
            case "93" -> SUBJECT.matcher(code).matches();
            case "94", "95", "96", "97", "98", "99" -> QUALIFIER.matcher(code).matches() && code.charAt(0) - '0' == Integer.parseInt(scheme) - 93;
            default -> true;
        };
    }

    /** The lowest age of an interest-age qualifier (5AG is 6), or null when the code is not one. */
    public static Integer interestAge(String code) {
        return code == null ? null : INTEREST_AGES.get(code);
    }
}
