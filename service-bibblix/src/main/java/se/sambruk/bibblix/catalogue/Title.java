package se.sambruk.bibblix.catalogue;

/** A title of the catalogue as the pages and the librarians see it. */
public record Title(long id, String recordReference, String isbn, String title, String subtitle, String authors, String publisher,
                    String language, String productForm, Integer publishedYear, String description, String thema, Integer ageFrom,
                    Integer ageTo, boolean eligible, String eligibilityNote, boolean withdrawn, boolean selected, boolean featured,
                    String blurb, Long categoryId, Long easierTitleId, String paperTip) {

    /** "6–9 år", or empty when the title has no ages. */
    public String ages() {
        if (ageFrom == null && ageTo == null) {
            return "";
        }
        if (ageTo == null) {
            return ageFrom + "+";
        }
        return (ageFrom == null ? "" : ageFrom) + "–" + ageTo;
    }

    /** What children read: the librarian's blurb, else the supplier's description. */
    public String childrensText() {
        return blurb != null && !blurb.isBlank() ? blurb : description;
    }
}
