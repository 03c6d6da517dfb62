package se.sambruk.costs;

import java.time.Year;
import java.util.Arrays;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.catalogue.DigitalService;
import se.sambruk.core.costsharing.CostSharing;
import se.sambruk.core.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CostSharingTests extends PlatformTest {

    private static final int THIS_YEAR = Year.now().getValue();

    @Autowired
    CostSharing costs;

    @Autowired
    UserAccounts accounts;

    @Test
    void demoSharesOfEveryServiceAddUpExactlyToTheBudget() {
        for (String code : new String[]{"bibblix", "egil", "fixamingata", "multifraga", "provisum", "tillarbetslivet", "uka"}) {
            DigitalService service = costs.service(code).orElseThrow();
            CostSharing.Calculation calculation = costs.calculate(service, THIS_YEAR);
            assertThat(calculation.problem()).as(code).isNull();
            assertThat(calculation.total()).as(code).isEqualTo(calculation.budget().total()).isPositive();
            for (CostSharing.PayerShare share : calculation.shares()) {
                assertThat(Arrays.stream(share.quarters()).sum()).isEqualTo(share.amount());
            }
        }
    }

    @Test
    void aBodyPaysForEveryMunicipalityItActsForItemised() {
        CostSharing.Calculation provisum = costs.calculate(costs.service("provisum").orElseThrow(), THIS_YEAR);
        CostSharing.PayerShare mora = provisum.of(organisationId("Mora")).orElseThrow();
        assertThat(mora.items()).extracting(CostSharing.Item::municipality)
                .containsExactly("Leksand", "Mora", "Orsa", "Rättvik", "Vansbro", "Älvdalen");
        assertThat(mora.items().stream().mapToLong(CostSharing.Item::amount).sum()).isEqualTo(mora.amount());
    }

    @Test
    void oneMoreMunicipalityLowersEveryoneElsesShare() {
        DigitalService uka = costs.service("uka").orElseThrow();
        CostSharing.Calculation now = costs.calculate(uka, THIS_YEAR);
        CostSharing.Calculation then = costs.whatIf(uka, THIS_YEAR, organisationId("Kiruna"));
        assertThat(then.total()).isEqualTo(now.total());
        for (CostSharing.PayerShare share : now.shares()) {
            assertThat(then.amountOf(share.payerId())).isLessThan(share.amount());
        }
        assertThat(then.amountOf(organisationId("Kiruna"))).isPositive();
    }

    /** Issue 21 item 7: an organisation's name must not run as a formula in the accounting office's spreadsheet. */
    @Test
    void theInvoicingBasisNeverCarriesAFormula() throws Exception {
        long mora = organisationId("Mora");
        String attack = "=HYPERLINK(\"http://x\",\"y\")";
        jdbc.update("update core.organisation set name = ? where id = ?", attack, mora);
        try {
            Cookie admin = login("admin");
            byte[] bytes = mvc.perform(get("/admin/costs/export.csv").cookie(admin).param("service", "provisum").param("year", String.valueOf(THIS_YEAR)))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Content-Type", containsString("text/csv")))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            String csv = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(csv).contains(";\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";").doesNotContain(";=HYPERLINK").doesNotContain(";\"=HYPERLINK");

            byte[] workbook = mvc.perform(get("/admin/costs/export.xlsx").cookie(admin).param("service", "provisum").param("year", String.valueOf(THIS_YEAR)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (var excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
                var sheet = excel.getSheetAt(0);
                boolean found = false;
                for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                    var cell = sheet.getRow(row).getCell(3);
                    assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                    if (cell.getStringCellValue().equals(attack)) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                        found = true;
                    }
                }
                assertThat(found).isTrue();
            }
        } finally {
            jdbc.update("update core.organisation set name = 'Mora' where id = ?", mora);
        }
    }

    @Test
    void staffKeepABudgetApproveTheYearAndThenItIsLocked() throws Exception {
        Cookie admin = login("admin");
        String year = "2031";
        mvc.perform(post("/admin/costs/lines").cookie(admin).with(csrf()).param("service", "fixamingata").param("year", year)
                .param("kind", "OPERATIONS").param("description", "Drift").param("amount", "120 000,50"));
        mvc.perform(post("/admin/costs/lines").cookie(admin).with(csrf()).param("service", "fixamingata").param("year", year)
                .param("kind", "OPERATIONS").param("description", "Fel").param("amount", "tolv kronor"));
        mvc.perform(get("/admin/costs").cookie(admin).param("service", "fixamingata").param("year", year))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("120\u00a0000,50")))
                .andExpect(content().string(containsString("FixaMinGata 2031")));
        long total = costs.budget(costs.service("fixamingata").orElseThrow(), 2031).total();
        assertThat(total).isEqualTo(120_000_50L);

        mvc.perform(post("/admin/costs/approve").cookie(admin).with(csrf()).param("service", "fixamingata").param("year", year));
        mvc.perform(post("/admin/costs/lines").cookie(admin).with(csrf()).param("service", "fixamingata").param("year", year)
                .param("kind", "OPERATIONS").param("description", "Sent").param("amount", "1"));
        CostSharing.Calculation locked = costs.calculate(costs.service("fixamingata").orElseThrow(), 2031);
        assertThat(locked.budget().isApproved()).isTrue();
        assertThat(locked.budget().total()).isEqualTo(120_000_50L);
        assertThat(locked.total()).isEqualTo(120_000_50L);

        String csv = mvc.perform(get("/admin/costs/export.csv").cookie(admin).param("service", "fixamingata").param("year", year))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        long exported = csv.lines().skip(1)
                .mapToLong(line -> new java.math.BigDecimal(line.split(";")[5].replace(',', '.')).movePointRight(2).longValueExact()).sum();
        assertThat(exported).isEqualTo(120_000_50L);
        assertThat(csv).contains(";godkand");

        byte[] workbook = mvc.perform(get("/admin/costs/export.xlsx").cookie(admin).param("service", "fixamingata").param("year", year))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            var sheet = excel.getSheetAt(0);
            long inWorkbook = 0;
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                inWorkbook += java.math.BigDecimal.valueOf(sheet.getRow(row).getCell(5).getNumericCellValue())
                        .setScale(2, java.math.RoundingMode.HALF_UP).movePointRight(2).longValueExact();
            }
            assertThat(inWorkbook).isEqualTo(120_000_50L);
            assertThat(sheet.getLastRowNum()).isEqualTo(csv.lines().count() - 1);
        }
    }

    @Test
    void onlyStaffSeeTheCostPages() throws Exception {
        mvc.perform(get("/admin/costs").cookie(login("malmo"))).andExpect(status().isForbidden());
    }

    @Test
    void anOrganisationReadsItsOwnShareThroughTheApi() throws Exception {
        long mora = organisationId("Mora");
        if (!jdbc.queryForObject("select count(*) > 0 from core.api_client where client_id = 'mora-economy'", Boolean.class)) {
            accounts.registerClient("mora-economy", "Moras ekonomisystem", mora, Set.of("costs.read"), "mora-economy-secret");
        }
        String response = mvc.perform(post("/oauth2/token").with(httpBasic("mora-economy", "mora-economy-secret"))
                        .param("grant_type", "client_credentials").param("scope", "costs.read"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(response, "$.access_token");
        long expected = costs.calculate(costs.service("provisum").orElseThrow(), THIS_YEAR).amountOf(mora);

        mvc.perform(get("/api/v1/cost-shares").param("service", "provisum").param("year", String.valueOf(THIS_YEAR))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationId").value(mora))
                .andExpect(jsonPath("$.amountOre").value(expected))
                .andExpect(jsonPath("$.items.length()").value(6));
        mvc.perform(get("/api/v1/cost-shares").param("service", "nope").param("year", "2026")
                .header("Authorization", "Bearer " + token)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/cost-shares").param("service", "provisum").param("year", "2026")).andExpect(status().isUnauthorized());
    }
}
