package se.sambruk.tillarbetslivet.workplace;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfferVersionsTest {

    static final Offers.Details FIRST = new Offers.Details("Bageri", "Baka bröd", "Ugnsvägen 1", "Centrum", 2, LocalDate.of(2027, 3, 8),
            LocalDate.of(2027, 3, 19), 14, 16, "Erik Provare", "erik@example.se");

    @Test
    void onlyTheChangedFieldsAreListedWithTheirValuesBeforeAndAfter() {
        assertThat(OfferVersions.changes(FIRST, FIRST)).isEmpty();
        Offers.Details second = new Offers.Details("Bageri", "Baka bröd och bullar", "Ugnsvägen 1", "Centrum", 3, LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 26), 14, 16, "Erik Provare", "erik@example.se");
        assertThat(OfferVersions.changes(FIRST, second)).containsExactly(
                new OfferVersions.Changed("tal.offer.description", "Baka bröd", "Baka bröd och bullar"),
                new OfferVersions.Changed("tal.place.seats", "2", "3"),
                new OfferVersions.Changed("tal.place.dates", "2027-03-08 – 2027-03-19", "2027-03-08 – 2027-03-26"));
    }
}
