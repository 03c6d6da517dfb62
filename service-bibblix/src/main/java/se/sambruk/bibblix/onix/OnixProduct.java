package se.sambruk.bibblix.onix;

import java.util.List;

/**
 * What Bibblix takes from one ONIX Product record.
 *
 * @param notificationType ONIX list 1: 03 confirmed, 05 delete, ...
 * @param thema the Thema codes: subjects (scheme 93) and qualifiers (94 to 99)
 * @param ageFrom interest age from (AudienceRange qualifier 17), else from a Thema interest-age qualifier
 */
public record OnixProduct(String recordReference, String notificationType, String isbn, String productForm, String title,
                          String subtitle, String authors, String language, List<String> thema, Integer ageFrom, Integer ageTo,
                          String description, String publisher, Integer publishedYear) {

    public boolean deleted() {
        return "05".equals(notificationType);
    }
}
