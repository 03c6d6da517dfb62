package se.sambruk.membership;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The fee schedule, every member's fee against the budget, next year's schedule and the invoicing exports. */
class FeeTests extends MembershipTestSupport {

    @Test
    void thePublishedScheduleIsSeededWithThePlansBudget() throws Exception {
        assertThat(jdbc.queryForObject("select budget_ore from membership.fee_schedule where year = 2022", Long.class)).isEqualTo(3_400_000_00L);
        assertThat(jdbc.queryForList("select annual_fee_ore / 100 from membership.fee_band where year = 2022 order by position", Long.class))
                .containsExactly(5_000L, 10_000L, 25_000L, 35_000L, 50_000L, 65_000L, 80_000L, 25_000L);
        assertThat(jdbc.queryForList("select deposit_ore / 100 from membership.fee_band where year = 2022 order by position", Long.class))
                .containsExactly(5_000L, 5_000L, 10_000L, 10_000L, 10_000L, 20_000L, 25_000L, 5_000L);
        mvc.perform(get("/admin/membership/fees").param("year", "2022").cookie(login("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3\u00a0400\u00a0000")))
                .andExpect(content().string(containsString("Medlemsavgifter 2022")));
    }

    @Test
    void theExportsListEveryMembersFeeWithSwedishCharactersIntactAndAddUpToTheTotal() throws Exception {
        Cookie admin = login("admin");
        byte[] csvBytes = mvc.perform(get("/admin/membership/fees/export.csv").param("year", "2022").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("medlemsavgifter-2022.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csvBytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFar;organisation_id;organisation;");
        // Malmö (over 150 000 inhabitants) pays 80 000; Göteborgsregionen is an "other organisation": 25 000
        String malmo = lines.stream().filter(line -> line.contains(";Malmö;")).findFirst().orElseThrow();
        assertThat(malmo.split(";")[4]).isEqualTo("80000");
        String gr = lines.stream().filter(line -> line.contains(";Göteborgsregionen;")).findFirst().orElseThrow();
        assertThat(gr.split(";")[4]).isEqualTo("25000");
        long csvTotal = lines.stream().skip(1).mapToLong(line -> Long.parseLong(line.split(";")[6])).sum();
        long members2022 = jdbc.queryForObject("""
                select count(*) from core.member m join core.organisation o on o.id = m.organisation_id
                 where m.status <> 'APPLIED' and o.type <> 'ASSOCIATION'
                   and (m.member_since is null or extract(year from m.member_since) <= 2022)
                   and (m.member_until is null or extract(year from m.member_until) >= 2022)
                """, Long.class);
        assertThat(lines).hasSize((int) members2022 + 1);

        byte[] workbook = mvc.perform(get("/admin/membership/fees/export.xlsx").param("year", "2022").cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var excel = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            var sheet = excel.getSheetAt(0);
            long sum = 0;
            boolean malmoFound = false;
            for (int row = 1; row <= members2022; row++) {
                sum += Math.round(sheet.getRow(row).getCell(6).getNumericCellValue());
                malmoFound |= "Malmö".equals(sheet.getRow(row).getCell(2).getStringCellValue());
            }
            assertThat(malmoFound).isTrue();
            assertThat(sum).isEqualTo(csvTotal);
            assertThat(Math.round(sheet.getRow((int) members2022 + 1).getCell(6).getNumericCellValue())).isEqualTo(csvTotal);
        }
    }

    @Test
    void staffSetNextYearsScheduleWithoutTouchingThePublishedOne() throws Exception {
        Cookie admin = login("admin");
        mvc.perform(get("/admin/membership/fees").param("year", "2031").cookie(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2022")));
        mvc.perform(post("/admin/membership/fees/schedule").param("year", "2031").cookie(admin).with(csrf()));
        assertThat(jdbc.queryForObject("select count(*) from membership.fee_band where year = 2031", Long.class)).isEqualTo(8);
        mvc.perform(post("/admin/membership/fees/band").cookie(admin).with(csrf()).param("year", "2031").param("position", "7")
                .param("deposit", "30 000").param("annualFee", "90 000"));
        mvc.perform(post("/admin/membership/fees/band").cookie(admin).with(csrf()).param("year", "2031").param("position", "1")
                .param("deposit", "fem tusen").param("annualFee", "5000"));
        mvc.perform(post("/admin/membership/fees/budget").cookie(admin).with(csrf()).param("year", "2031").param("budget", "3 900 000"));
        assertThat(jdbc.queryForObject("select annual_fee_ore from membership.fee_band where year = 2031 and position = 7", Long.class))
                .isEqualTo(90_000_00L);
        assertThat(jdbc.queryForObject("select deposit_ore from membership.fee_band where year = 2031 and position = 1", Long.class))
                .isEqualTo(5_000_00L);
        assertThat(jdbc.queryForObject("select annual_fee_ore from membership.fee_band where year = 2022 and position = 7", Long.class))
                .isEqualTo(80_000_00L);
        assertThat(jdbc.queryForObject("select budget_ore from membership.fee_schedule where year = 2031", Long.class)).isEqualTo(3_900_000_00L);
        String csv = mvc.perform(get("/admin/membership/fees/export.csv").param("year", "2031").cookie(admin))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(line -> line.contains(";Malmö;")).findFirst().orElseThrow().split(";")[4]).isEqualTo("90000");
        mvc.perform(get("/admin/membership/fees").cookie(login("malmo"))).andExpect(status().isForbidden());
    }
}
