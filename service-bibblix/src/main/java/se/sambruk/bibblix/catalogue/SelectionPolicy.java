package se.sambruk.bibblix.catalogue;

import java.util.ArrayList;
import java.util.List;

import se.sambruk.bibblix.onix.OnixProduct;

/**
 * Bibblix's selection policy: which of the supplier's titles librarians may select. A title
 * qualifies when it is an e-book (ONIX product form E*: digital), in Swedish, written for
 * children (a Thema children's code, Y..., or an interest age that reaches into 6-12), and the
 * supplier has not withdrawn it. Librarians still choose; the policy says who can be chosen.
 */
public final class SelectionPolicy {

    public static final int YOUNGEST = 6;
    public static final int OLDEST = 12;

    private SelectionPolicy() {
    }

    /** The reasons a title does not qualify; empty when it does. */
    public static List<String> reasonsAgainst(OnixProduct product) {
        List<String> reasons = new ArrayList<>();
        if (product.deleted()) {
            reasons.add("utgången hos leverantören");
        }
        if (product.productForm() == null || !product.productForm().startsWith("E")) {
            reasons.add("inte en e-bok (produktform " + product.productForm() + ")");
        }
        if (product.language() != null && !"swe".equals(product.language())) {
            reasons.add("inte på svenska (" + product.language() + ")");
        }
        boolean childrensSubject = product.thema().stream().anyMatch(code -> code.startsWith("Y"));
        boolean childrensAge = (product.ageFrom() != null || product.ageTo() != null)
                && (product.ageFrom() == null || product.ageFrom() <= OLDEST) && (product.ageTo() == null || product.ageTo() >= YOUNGEST);
        boolean adultAge = product.ageFrom() != null && product.ageFrom() > OLDEST;
        if (adultAge || (!childrensSubject && !childrensAge)) {
            reasons.add("inte för barn 6–12 år");
        }
        return reasons;
    }
}
