package se.sambruk.core.documents;

/**
 * What a download holds of personal data, for the audit log: the kind of record
 * ({@code "uka.young_person"}), the organisation whose data it is and a short description
 * without personal data itself ({@code "class list 9B"}).
 */
public record PersonalData(String targetType, Long organisationId, String detail) {

    public static PersonalData of(String targetType, Long organisationId, String detail) {
        return new PersonalData(targetType, organisationId, detail);
    }
}
