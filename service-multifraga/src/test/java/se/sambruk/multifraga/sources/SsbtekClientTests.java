package se.sambruk.multifraga.sources;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.sambruk.core.http.OutgoingUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SSBTEK client against the XSD, the published example answers and the local fake. */
class SsbtekClientTests {

    OutgoingUrls urls = new OutgoingUrls(List.of());
    SsbtekFake fake = new SsbtekFake(urls, true, List.of(), List.of());
    SsbtekClient client = new SsbtekClient(urls, fake, "", "", "");

    SourceQuestion question(String person) {
        return new SourceQuestion("162120009999", "Borlänge kommun", "Handläggare Test", person, "EB-1",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), "Utredning av ekonomiskt bistånd", "11 kap. 11 § SoL", "k-1");
    }

    @AfterEach
    void stop() {
        fake.stop();
    }

    @Test
    void theRequestFollowsTheSchemaAndCarriesPurposeAndLaw() {
        String soap = client.request(question("199001011239"), "CSN");
        assertThat(soap).contains("<ssbt:syfte>Utredning av ekonomiskt bistånd</ssbt:syfte>")
                .contains("<ssbt:lagtext>11 kap. 11 § SoL</ssbt:lagtext>").contains("<ssbt:CSN inkludera=\"true\"/>").contains("<ssbt:AF inkludera=\"false\"/>");
    }

    @Test
    void valuesWithMarkupAreEscapedAndTheRequestStillFollowsTheSchema() {
        SourceQuestion q = new SourceQuestion("162120009999", "Borlänge <kommun> & co", "Handläggare \"Test\"", "199001011239", "EB-<1>&2",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), "Syfte <b>", "Lag & rätt", "k-1");
        String soap = client.request(q, "AF");
        assertThat(soap).contains("<ssbt:arendeidentitet>EB-&lt;1&gt;&amp;2</ssbt:arendeidentitet>")
                .contains("<ssbt:namn>Borlänge &lt;kommun&gt; &amp; co</ssbt:namn>");
        assertThat(client.validate(SsbtekClient.child(SsbtekClient.child(SsbtekClient.parse(soap).getDocumentElement(), SsbtekClient.SOAP_NS, "Body"),
                SsbtekClient.NS, "hamtaBastjanstInformation"))).isEmpty();
    }

    @Test
    void aRequestThatBreaksTheSchemaIsNeverSent() {
        assertThatThrownBy(() -> client.request(question("19900101"), "CSN")).hasMessageContaining("does not follow the schema");
        SourceQuestion noOrg = new SourceQuestion("12345", "B", "H", "199001011239", "EB-1", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 30), "S", "L", "k");
        assertThatThrownBy(() -> client.request(noOrg, "CSN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyExampleAnswerIsReadAndThoseOffTheSchemaAreMarked() {
        for (String agency : List.of("CSN", "FK", "SKV", "TNS", "MIV")) {
            SourceAnswer answer = client.read(SsbtekFake.example(agency).getBytes(StandardCharsets.UTF_8), agency);
            assertThat(answer.state()).as(agency).isEqualTo(SourceAnswer.State.ANSWERED);
            assertThat(answer.message()).as(agency).isEqualTo("Svaret följer SSBTEK:s schema");
            assertThat(answer.facts()).as(agency).isNotEmpty();
        }
        for (String agency : List.of("AF", "SO")) {
            SourceAnswer answer = client.read(SsbtekFake.example(agency).getBytes(StandardCharsets.UTF_8), agency);
            assertThat(answer.message()).as(agency).startsWith("Svaret följer inte SSBTEK:s schema");
        }
        SourceAnswer fk = client.read(SsbtekFake.example("FK").getBytes(StandardCharsets.UTF_8), "FK");
        assertThat(fk.facts()).contains(new SourceAnswer.Fact("utlamnare.tillstand.kod", "OK"));
    }

    @Test
    void csnsPaymentPlanAndSkatteverketsCapitalIncomeAreRead() {
        String csn = SsbtekFake.answer("CSN", "199001011239", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30));
        SourceAnswer answer = client.read(csn.getBytes(StandardCharsets.UTF_8), "CSN");
        assertThat(answer.state()).isEqualTo(SourceAnswer.State.ANSWERED);
        assertThat(answer.message()).isEqualTo("Svaret följer SSBTEK:s schema");
        // September 2026: weeks 36-39 (Thursday 3 September's week starts on Monday 31 August, so the period starts on the 1st)
        assertThat(answer.incomes()).contains(
                new Income("CSN: Studiemedel bidrag", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 27), LocalDate.of(2026, 9, 25),
                        new java.math.BigDecimal("3524"), java.math.BigDecimal.ZERO, new java.math.BigDecimal("3524"), null, null),
                new Income("CSN: Studiemedel lån", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 27), LocalDate.of(2026, 9, 25),
                        new java.math.BigDecimal("8604"), java.math.BigDecimal.ZERO, new java.math.BigDecimal("8604"), null, null),
                new Income("CSN: Hemutrustningslån", null, null, LocalDate.of(2026, 9, 10),
                        new java.math.BigDecimal("15000"), java.math.BigDecimal.ZERO, new java.math.BigDecimal("15000"),
                        SsbtekClient.HOME_EQUIPMENT_LOAN, null));
        assertThat(answer.incomes()).hasSize(7);

        String later = SsbtekFake.csnAnswer("9001011239", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 7));
        String soap = SsbtekFake.example("CSN").replaceFirst("<ssbt:svar>[^<]*</ssbt:svar>",
                "<ssbt:svar>" + java.util.Base64.getEncoder().encodeToString(later.getBytes(StandardCharsets.UTF_8)) + "</ssbt:svar>");
        assertThat(client.read(soap.getBytes(StandardCharsets.UTF_8), "CSN").incomes())
                .filteredOn(i -> i.kind().startsWith("CSN: Studiemedel")).allSatisfy(i -> assertThat(i.notCounted()).isEqualTo(SsbtekClient.PLANNED));

        SourceAnswer skv = client.read(SsbtekFake.example("SKV").getBytes(StandardCharsets.UTF_8), "SKV");
        assertThat(skv.incomes()).containsExactly(
                new Income("Kapitalinkomst: summa intäkter", null, null, null, new java.math.BigDecimal("12345"), null, null, null, 2001),
                new Income("Kapitalinkomst: överskott", null, null, null, new java.math.BigDecimal("666"), null, null, null, 2001));
        assertThat(skv.incomes()).noneMatch(Income::counted);
        assertThat(skv.facts()).contains(new SourceAnswer.Fact("Taxeringsar", "2001"));
    }

    @Test
    void csnWeeksAndDatesAreRead() {
        assertThat(SsbtekClient.csnWeek("202636", true)).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(SsbtekClient.csnWeek("202639", false)).isEqualTo(LocalDate.of(2026, 9, 27));
        assertThat(SsbtekClient.csnWeek("20260901", true)).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(SsbtekClient.csnWeek("202699", true)).isNull();
        assertThat(SsbtekClient.csnDate("2026091")).isNull();
        assertThat(SsbtekClient.csnNotCounted(false, "GRUND", "GRUNDL")).isNull();
        assertThat(SsbtekClient.csnNotCounted(true, "GRUND", "GRUNDB")).isEqualTo(SsbtekClient.PLANNED);
        assertThat(SsbtekClient.csnNotCounted(false, "HUT", "")).isEqualTo(SsbtekClient.HOME_EQUIPMENT_LOAN);
    }

    @Test
    void theFakeAnswersRefusesFailsAndDelaysPerAgency() throws Exception {
        assertThat(client.ask(question("199001011239"), "CSN", Duration.ofSeconds(5)).state()).isEqualTo(SourceAnswer.State.ANSWERED);
        fake.fail("SKV", SsbtekFake.Failure.REFUSE);
        SourceAnswer refused = client.ask(question("199001011239"), "SKV", Duration.ofSeconds(5));
        assertThat(refused.state()).isEqualTo(SourceAnswer.State.REFUSED);
        assertThat(refused.message()).contains("403");
        fake.fail("TNS", SsbtekFake.Failure.HTTP500);
        assertThat(client.ask(question("199001011239"), "TNS", Duration.ofSeconds(5)).state()).isEqualTo(SourceAnswer.State.REFUSED);
        fake.fail("MIV", SsbtekFake.Failure.GARBAGE);
        assertThat(client.ask(question("199001011239"), "MIV", Duration.ofSeconds(5)).state()).isEqualTo(SourceAnswer.State.FAILED);
        fake.delay("AF", 1500);
        assertThatThrownBy(() -> client.ask(question("199001011239"), "AF", Duration.ofMillis(300)))
                .isInstanceOf(java.net.http.HttpTimeoutException.class);
    }

    @Test
    void paymentsAndProtectedIdentityAreReadFromTheAnswers() throws Exception {
        SourceAnswer so = client.read(SsbtekFake.example("SO").getBytes(StandardCharsets.UTF_8), "SO");
        assertThat(so.incomes()).singleElement().satisfies(i -> {
            assertThat(i.net()).isEqualByComparingTo("1250.50");
            assertThat(i.gross()).isNull();
            assertThat(i.from()).isEqualTo(LocalDate.of(2013, 11, 3));
            assertThat(i.paidOn()).isEqualTo(LocalDate.of(2013, 11, 23));
        });
        SourceAnswer fk = client.ask(question("199001011239"), "FK", Duration.ofSeconds(5));
        assertThat(fk.state()).isEqualTo(SourceAnswer.State.ANSWERED);
        assertThat(fk.message()).isEqualTo("Svaret följer SSBTEK:s schema");
        assertThat(fk.incomes()).hasSize(6);
        assertThat(fk.incomes()).filteredOn(i -> i.kind().equals("Sjukpenning")).first().satisfies(i -> {
            assertThat(i.gross()).isEqualByComparingTo("9200");
            assertThat(i.tax()).isEqualByComparingTo("2760");
            assertThat(i.net()).isEqualByComparingTo("6440");
            assertThat(i.from()).isEqualTo(LocalDate.of(2026, 9, 1));
        });
        assertThat(fk.protectedIdentity()).isFalse();
        assertThat(fk.facts()).contains(new SourceAnswer.Fact("formansinformation.generellPersoninformation.adress.postort", "BORLÄNGE"));
        SourceAnswer fkProtected = client.ask(question(SsbtekFake.PROTECTED_PERSON), "FK", Duration.ofSeconds(5));
        assertThat(fkProtected.protectedIdentity()).isTrue();
        SourceAnswer afProtected = client.ask(question(SsbtekFake.PROTECTED_PERSON), "AF", Duration.ofSeconds(5));
        assertThat(afProtected.protectedIdentity()).isTrue();
        assertThat(client.ask(question("199001011239"), "AF", Duration.ofSeconds(5)).protectedIdentity()).isFalse();
    }
}
