package se.sambruk.provisum;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import se.sambruk.PlatformTest;
import se.sambruk.residents.ResidentFlow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The guardian's bookkeeping in the e-service, end to end: accounts, typed transactions, a CSV
 * and a camt.053 statement imported (a broken file imports nothing, a repeated one adds nothing),
 * proofs attached, and the annual account compiled from it, which balances, can be signed and is
 * reviewed by the office. Another resident reaches none of it.
 */
class ProvisumBookkeepingTests extends PlatformTest {

    static final int YEAR = LocalDate.now().getYear() - 1;

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void aGuardianKeepsTheBooksImportsStatementsAndCompilesTheAnnualAccount() throws Exception {
        long borlange = organisationId("Borlänge");
        long principal = jdbc.queryForObject("""
                insert into provisum.principal (municipality_id, personnummer, name) values (?, '194203128527', 'Bo Bokföring') returning id
                """, Long.class, borlange);
        long erikGuardian = jdbc.queryForObject("select id from provisum.guardian where personnummer = '198507099813'", Long.class);
        jdbc.update("insert into provisum.assignment (principal_id, guardian_id, kind, scope, starts_on) values (?, ?, 'GODMANSKAP', 'Förvalta egendom', date '2020-01-01')",
                principal, erikGuardian);
        String books = "/e-tjanster/provisum/huvudman/" + principal;
        Cookie erik = ResidentFlow.signIn(mvc, "198507099813");

        mvc.perform(get("/e-tjanster/provisum").cookie(erik)).andExpect(status().isOk())
                .andExpect(content().string(containsString(books + "/bokforing")));
        mvc.perform(get(books + "/bokforing").param("ar", "1999").cookie(erik)).andExpect(status().isBadRequest());
        mvc.perform(get(books + "/bokforing").param("ar", String.valueOf(YEAR)).cookie(erik)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bo Bokföring")));

        // accounts, with inline errors for bad input
        mvc.perform(post(books + "/konton").cookie(erik).with(csrf()).param("ar", String.valueOf(YEAR)).param("namn", "").param("ingaende", "tio"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Ange kontots namn")))
                .andExpect(content().string(containsString("Ange ett belopp i kronor")));
        mvc.perform(post(books + "/konton").cookie(erik).with(csrf()).param("ar", String.valueOf(YEAR)).param("namn", "Transaktionskonto")
                .param("ingaende", "10 000,00")).andExpect(status().is3xxRedirection());
        mvc.perform(post(books + "/konton").cookie(erik).with(csrf()).param("ar", String.valueOf(YEAR)).param("namn", "Sparkonto")
                .param("ingaende", "50000")).andExpect(status().is3xxRedirection());
        mvc.perform(post(books + "/konton").cookie(erik).with(csrf()).param("ar", String.valueOf(YEAR)).param("namn", "sparkonto")
                .param("ingaende", "1")).andExpect(status().isBadRequest()).andExpect(content().string(containsString("redan ett konto")));
        long current = jdbc.queryForObject("select id from provisum.book_account where principal_id = ? and name = 'Transaktionskonto'", Long.class, principal);
        long savings = jdbc.queryForObject("select id from provisum.book_account where principal_id = ? and name = 'Sparkonto'", Long.class, principal);

        // a typed expense
        mvc.perform(post(books + "/poster").cookie(erik).with(csrf()).param("konto", String.valueOf(current)).param("datum", "31/1")
                .param("belopp", "-1500").param("kategori", "EXPENSE")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ange ett datum")));
        mvc.perform(post(books + "/poster").cookie(erik).with(csrf()).param("konto", String.valueOf(current)).param("datum", YEAR + "-01-31")
                .param("belopp", "-1 500,00").param("kategori", "EXPENSE").param("text", "Hyra januari")).andExpect(status().is3xxRedirection());

        // a CSV export with a broken row imports nothing; the good one imports two lines, and again none
        String broken = "Bokföringsdag;Belopp;Rubrik\n" + YEAR + "-02-25;12 000,00;Pension\n" + YEAR + "-02-30;-500,00;Uttag Bankomat\n";
        mvc.perform(multipart(books + "/konton/" + current + "/import").file(new MockMultipartFile("fil", "nordea.csv", "text/csv",
                        broken.getBytes(StandardCharsets.UTF_8))).cookie(erik).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Rad 3")))
                .andExpect(content().string(containsString("Ingenting importerades")));
        assertThat(count("select count(*) from provisum.book_entry where book_account_id = ?", current)).isOne();
        String good = "Bokföringsdag;Belopp;Rubrik\n" + YEAR + "-02-25;12 000,00;Pension\n" + YEAR + "-02-27;-500,00;Uttag Bankomat\n";
        for (int round = 0; round < 2; round++) {
            String redirect = mvc.perform(multipart(books + "/konton/" + current + "/import").file(new MockMultipartFile("fil", "nordea.csv", "text/csv",
                            good.getBytes(StandardCharsets.UTF_8))).cookie(erik).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            assertThat(redirect).contains(round == 0 ? "importerade=2&dubbletter=0" : "importerade=0&dubbletter=2");
        }
        assertThat(count("select count(*) from provisum.book_entry where book_account_id = ? and category = 'CASH_WITHDRAWAL'", current)).isOne();

        // camt.053 into the savings account: interest in
        String camt = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>1</Id>
                <Ntry><Amt Ccy="SEK">250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>%d-12-31</Dt></BookgDt><AcctSvcrRef>R-1</AcctSvcrRef>
                <AddtlNtryInf>Ränta</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>
                """.formatted(YEAR);
        mvc.perform(multipart(books + "/konton/" + savings + "/import").file(new MockMultipartFile("fil", "camt053.xml", "application/xml",
                camt.getBytes(StandardCharsets.UTF_8))).cookie(erik).with(csrf())).andExpect(status().is3xxRedirection());

        // proofs: the expenses' receipts and the year-end statement of each account
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long rent = jdbc.queryForObject("select id from provisum.book_entry where book_account_id = ? and text = 'Hyra januari'", Long.class, current);
        mvc.perform(multipart(books + "/poster/" + rent + "/verifikat").file(new MockMultipartFile("fil", "hyra.pdf", "application/pdf", pdf))
                .cookie(erik).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(multipart(books + "/konton/" + current + "/kontoutdrag").file(new MockMultipartFile("fil", "x.exe", "application/pdf",
                        new byte[] {'M', 'Z', 0, 1})).param("ar", String.valueOf(YEAR)).cookie(erik).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Filtypen tas inte emot")));
        for (long account : new long[] {current, savings}) {
            mvc.perform(multipart(books + "/konton/" + account + "/kontoutdrag").file(new MockMultipartFile("fil", "utdrag.pdf", "application/pdf", pdf))
                    .param("ar", String.valueOf(YEAR)).cookie(erik).with(csrf())).andExpect(status().is3xxRedirection());
        }
        long proof = jdbc.queryForObject("select proof_attachment_id from provisum.book_entry where id = ?", Long.class, rent);
        mvc.perform(get(books + "/bilagor/" + proof).cookie(erik)).andExpect(status().isOk());

        // another resident reaches nothing
        Cookie anna = ResidentFlow.signIn(mvc, "198507099805");
        mvc.perform(get(books + "/bokforing").cookie(anna)).andExpect(status().isNotFound());
        mvc.perform(get(books + "/bilagor/" + proof).cookie(anna)).andExpect(status().isNotFound());
        mvc.perform(multipart(books + "/konton/" + current + "/import").file(new MockMultipartFile("fil", "n.csv", "text/csv",
                good.getBytes(StandardCharsets.UTF_8))).cookie(anna).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(books + "/arsrakning").param("ar", String.valueOf(YEAR)).cookie(anna).with(csrf())).andExpect(status().isNotFound());

        // the annual account compiled from the books: 60,000 + 12,250 − 2,000 = 70,250, the case opened and registered
        String account = mvc.perform(post(books + "/arsrakning").param("ar", String.valueOf(YEAR)).cookie(erik).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(account).startsWith("/e-tjanster/provisum/arsrakningar/");
        long accountId = Long.parseLong(account.substring(account.lastIndexOf('/') + 1));
        var figures = jdbc.queryForMap("select * from provisum.annual_account where id = ?", accountId);
        assertThat((java.math.BigDecimal) figures.get("opening_total")).isEqualByComparingTo("60000");
        assertThat((java.math.BigDecimal) figures.get("income")).isEqualByComparingTo("12250");
        assertThat((java.math.BigDecimal) figures.get("expenses")).isEqualByComparingTo("2000");
        assertThat((java.math.BigDecimal) figures.get("closing_total")).isEqualByComparingTo("70250");
        assertThat(count("select count(*) from provisum.account where annual_account_id = ? and proof_attached", accountId)).isEqualTo(2);
        assertThat(count("select count(*) from provisum.transaction where annual_account_id = ?", accountId)).isEqualTo(4);
        mvc.perform(get(account).cookie(erik)).andExpect(status().isOk()).andExpect(content().string(containsString("Räkningen går ihop")));
        long caseId = jdbc.queryForObject("select case_id from provisum.annual_account where id = ?", Long.class, accountId);

        // the office reviews it: the cash withdrawal without a receipt is flagged
        Cookie bo = login("borlange");
        mvc.perform(post("/provisum/cases/" + caseId + "/review").cookie(bo).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/provisum/cases/" + caseId).cookie(bo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("ACCOUNT_COMPILED")))
                .andExpect(content().string(containsString("Kontantuttag")))
                .andExpect(content().string(containsString("Utgift utan verifikat")));
        assertThat(count("select count(*) from core.audit_event where target_type = 'provisum.bookkeeping' and action = 'PERSONAL_DATA_READ' and target_id = ?",
                String.valueOf(principal))).isPositive();
    }
}
