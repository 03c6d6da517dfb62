package se.sambruk.core.residents.testidp;

import java.util.List;
import java.util.Optional;

/**
 * The made-up persons of the demo's test identity provider. Their personnummer are from
 * Skatteverket's series for testing (birth numbers 980-999, which are never given to real people):
 * the first three are published examples of the series, the others are valid numbers of the same
 * series (date and Luhn check digit). One has protected identity.
 */
record TestPerson(String personalIdentityNumber, String givenName, String surname, boolean protectedIdentity) {

    static final List<TestPerson> ALL = List.of(
            new TestPerson("198507099805", "Anna", "Testsson", false),
            new TestPerson("198507099813", "Erik", "Provare", false),
            new TestPerson("196411139808", "Maria", "Exempelsson", false),
            new TestPerson("197308169825", "Lena", "Demosson", true),
            new TestPerson("195111039912", "Gustav", "Försöksberg", false),
            new TestPerson("200109309864", "Elin", "Prövning", false),
            new TestPerson("200904159829", "Nora", "Ungdomsson", false), // under 20: UKA's young person
            new TestPerson("201205149832", "Olle", "Elevsson", false)); // year 8: Tillarbetslivet's pupil who ranks choices

    static Optional<TestPerson> find(String personalIdentityNumber) {
        return ALL.stream().filter(person -> person.personalIdentityNumber().equals(personalIdentityNumber)).findFirst();
    }

    public String formatted() { // public: the template calls it through SpEL
        return personalIdentityNumber.substring(0, 8) + "-" + personalIdentityNumber.substring(8);
    }
}
