package se.sambruk.core;

import java.util.Optional;

/**
 * A Swedish organisation number (organisationsnummer, Skatteverket's SKV 709): ten digits, written
 * {@code NNNNNN-NNNN}, whose last digit is the Luhn check digit of the first nine. A sole trader's
 * number is the owner's personnummer, which has the same form and check digit, so any ten digits
 * with a correct check digit are accepted; the century prefix {@code 16} of twelve-digit forms is
 * dropped.
 */
public record OrganisationNumber(String value) {

    public OrganisationNumber {
        if (value == null || !value.matches("\\d{6}-\\d{4}") || !Luhn.valid(value.replace("-", ""))) {
            throw new IllegalArgumentException("Not an organisation number: " + value);
        }
    }

    /** The number as typed ("556036-0793", "5560360793", "16556036-0793", with blanks), if it is one. */
    public static Optional<OrganisationNumber> parse(String typed) {
        if (typed == null || typed.length() > 20) {
            return Optional.empty();
        }
        String digits = typed.strip().replace(" ", "");
        if (digits.matches("\\d{6}-?\\d{4}")) {
            digits = digits.replace("-", "");
        } else if (digits.matches("16\\d{6}-?\\d{4}")) {
            digits = digits.substring(2).replace("-", "");
        } else {
            return Optional.empty();
        }
        if (!Luhn.valid(digits)) {
            return Optional.empty();
        }
        return Optional.of(new OrganisationNumber(digits.substring(0, 6) + "-" + digits.substring(6)));
    }


    @Override
    public String toString() {
        return value;
    }
}
