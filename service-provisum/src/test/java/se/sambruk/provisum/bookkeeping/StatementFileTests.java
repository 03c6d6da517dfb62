package se.sambruk.provisum.bookkeeping;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementFileTests {

    static String camt(String entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt><GrpHdr><MsgId>1</MsgId><CreDtTm>2026-01-02T08:00:00</CreDtTm></GrpHdr>
                    <Stmt><Id>S1</Id><Acct><Id><IBAN>SE4550000000058398257466</IBAN></Id></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="SEK">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-01-01</Dt></Dt></Bal>
                """ + entries + """
                    </Stmt></BkToCstmrStmt></Document>
                """;
    }

    static String entry(String amount, String indicator, String date, String ref, String text) {
        return "<Ntry>" + (ref == null ? "" : "<NtryRef>" + ref + "</NtryRef>") + "<Amt Ccy=\"SEK\">" + amount + "</Amt><CdtDbtInd>" + indicator
                + "</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>" + date + "</Dt></BookgDt><ValDt><Dt>2099-01-01</Dt></ValDt>"
                + "<NtryDtls><TxDtls><AmtDtls><InstdAmt><Amt Ccy=\"EUR\">1.00</Amt></InstdAmt></AmtDtls><RmtInf><Ustrd>" + text
                + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>";
    }

    @Test
    void camt053EntriesBecomeLinesWithDirectionDateAndText() {
        StatementFile file = StatementFile.read(camt(entry("12345.50", "CRDT", "2025-01-25", "A1", "Pension")
                + entry("500", "DBIT", "2025-02-03", null, "Bankomat Falun")).getBytes(StandardCharsets.UTF_8));
        assertThat(file.errors()).isEmpty();
        assertThat(file.format()).isEqualTo("camt.053");
        assertThat(file.lines()).hasSize(2);
        assertThat(file.lines().get(0).amount()).isEqualByComparingTo("12345.50");
        assertThat(file.lines().get(0).bookedOn()).hasToString("2025-01-25");
        assertThat(file.lines().get(0).text()).isEqualTo("Pension");
        assertThat(file.lines().get(0).reference()).isEqualTo("camt:A1");
        assertThat(file.lines().get(1).amount()).isEqualByComparingTo("-500");
        assertThat(file.lines().get(1).reference()).isEqualTo("camt:2025-02-03|-500|Bankomat Falun#1");
    }

    @Test
    void aBrokenCamt053GivesErrorsPerEntryAndNoLines() {
        StatementFile file = StatementFile.read(camt(entry("100", "CRDT", "2025-01-25", "A1", "ok")
                + entry("abc", "CRDT", "2025-01-26", "A2", "x") + entry("5", "SIDEWAYS", "2025-01-27", "A3", "y")
                + entry("5", "DBIT", "27 jan", "A4", "z")).getBytes(StandardCharsets.UTF_8));
        assertThat(file.ok()).isFalse();
        assertThat(file.lines()).isEmpty();
        assertThat(file.errors()).containsExactly("Post 2: beloppet \"abc\" är inget tal.", "Post 3: CdtDbtInd ska vara CRDT eller DBIT.",
                "Post 4: bokföringsdagen \"27 jan\" är inget datum.");
    }

    @Test
    void notACamt053NorWellFormedXmlIsRefused() {
        assertThat(StatementFile.read("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>".getBytes(StandardCharsets.UTF_8)).errors())
                .singleElement().asString().contains("camt.053");
        assertThat(StatementFile.read(camt(entry("1", "CRDT", "2025-01-01", "A", "t")).replace("</Stmt>", "").getBytes(StandardCharsets.UTF_8)).errors())
                .singleElement().asString().startsWith("Filen är inte giltig XML");
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><Ntry><Amt Ccy=\"SEK\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                + "<BookgDt><Dt>2025-01-01</Dt></BookgDt><AddtlNtryInf>&x;</AddtlNtryInf></Ntry></Document>";
        StatementFile refused = StatementFile.read(entity.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.lines()).isEmpty();
        assertThat(StatementFile.read(camt("").getBytes(StandardCharsets.UTF_8)).errors()).containsExactly("Filen har inga poster (Ntry).");
    }

    @Test
    void swedishBankCsvExportsAreRead() {
        String swedbank = """
                * Transaktioner Period 2025-01-01 - 2025-12-31 Skapad 2026-01-02 08:00 CET
                Radnummer,Clearingnummer,Kontonummer,Produkt,Valuta,Bokföringsdag,Transaktionsdag,Valutadag,Referens,Beskrivning,Belopp,Bokfört saldo
                1,8327-9,1234567,Privatkonto,SEK,2025-01-25,2025-01-25,2025-01-25,PENSION,Pension,"12345,50","13345,50"
                2,8327-9,1234567,Privatkonto,SEK,2025-02-03,2025-02-03,2025-02-03,UTTAG,Uttag Bankomat,"-500,00","12845,50"
                """;
        StatementFile file = StatementFile.read(swedbank.getBytes(StandardCharsets.UTF_8));
        assertThat(file.errors()).isEmpty();
        assertThat(file.lines()).extracting(StatementLine::amount).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("12345.50"), new java.math.BigDecimal("-500.00"));
        assertThat(file.lines().get(1).text()).isEqualTo("Uttag Bankomat");

        String handelsbanken = "Reskontradatum;Transaktionsdatum;Text;Belopp;Saldo\r\n2025-03-01;2025-03-01;ICA Nära;-1 234,50;11 611,00\r\n"
                + "2025-03-01;2025-03-01;ICA Nära;-1 234,50;10 376,50\r\n";
        StatementFile windows = StatementFile.read(handelsbanken.getBytes(Charset.forName("windows-1252")));
        assertThat(windows.errors()).isEmpty();
        assertThat(windows.lines()).hasSize(2);
        assertThat(windows.lines().get(0).text()).isEqualTo("ICA Nära");
        // the same purchase twice on a day is two lines, each recognised again on a re-import
        assertThat(windows.lines().get(0).reference()).isNotEqualTo(windows.lines().get(1).reference());
        assertThat(StatementFile.read(handelsbanken.getBytes(Charset.forName("windows-1252"))).lines())
                .extracting(StatementLine::reference).isEqualTo(windows.lines().stream().map(StatementLine::reference).toList());
    }

    @Test
    void aBadCsvRowGivesItsRowAndImportsNothing() {
        String nordea = "Bokföringsdag;Belopp;Avsändare;Mottagare;Namn;Rubrik;Saldo;Valuta\n2025-01-02;-100,00;;;;Hyra;900;SEK\n"
                + "2025-13-02;-50,00;;;;El;850;SEK\n2025-01-04;;;;;Tel;850;SEK\n";
        StatementFile file = StatementFile.read(nordea.getBytes(StandardCharsets.UTF_8));
        assertThat(file.ok()).isFalse();
        assertThat(file.lines()).isEmpty();
        assertThat(file.errors()).hasSize(2);
        assertThat(file.errors().get(0)).contains("3").contains("bokföringsdag");
        assertThat(file.errors().get(1)).contains("4").contains("saknas");
        assertThat(StatementFile.read("Namn;Summa\nx;1\n".getBytes(StandardCharsets.UTF_8)).errors()).singleElement().asString()
                .contains("bokföringsdag och belopp");
        assertThat(StatementFile.read(new byte[0]).errors()).containsExactly("Filen är tom.");
    }

    @Test
    void theGuessedCategoryFollowsTheDirectionAndTheBanksText() {
        assertThat(Categories.guess(new java.math.BigDecimal("10"), "Uttag")).isEqualTo("INCOME");
        assertThat(Categories.guess(new java.math.BigDecimal("-10"), "Uttag Bankomat")).isEqualTo("CASH_WITHDRAWAL");
        assertThat(Categories.guess(new java.math.BigDecimal("-10"), "ATM Falun")).isEqualTo("CASH_WITHDRAWAL");
        assertThat(Categories.guess(new java.math.BigDecimal("-10"), "ICA Nära")).isEqualTo("EXPENSE");
    }
}
