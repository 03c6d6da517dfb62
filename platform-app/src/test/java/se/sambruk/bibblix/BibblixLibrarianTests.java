package se.sambruk.bibblix;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import se.sambruk.bibblix.demo.OnixWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The librarians' pages: the content manager's import and catalogue work, statistics, library settings, and who sees what. */
class BibblixLibrarianTests extends BibblixTestSupport {

    static String feed(List<OnixWriter.Item> items) {
        StringWriter out = new StringWriter();
        OnixWriter.write(out, items);
        return out.toString();
    }

    long awaitRun(Cookie session, String location) throws Exception {
        long run = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String state = jdbc.queryForObject("select state from bibblix.import_run where id = ?", String.class, run);
            if (!"RUNNING".equals(state)) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + run + " did not finish");
    }

    @Test
    void theContentManagerImportsAFeedInTheBackgroundAndSeesTheBrokenRecord() throws Exception {
        Cookie malmo = login("malmo");
        String xml = feed(List.of(
                new OnixWriter.Item("import-test-1", "979129800001", "Molnet som ville regna godis", "Test Testsson", "YFQ", 6, 8, "Ett moln.", "ED", "swe"),
                new OnixWriter.Item("import-test-2", "979129800002", "Trasig post", "Test Testsson", "YFQ", 12, 6, "Bakvänd ålder.", "ED", "swe"),
                new OnixWriter.Item("import-test-3", "979129800003", "Vuxenboken", "Test Testsson", "KFC", 18, 99, "För vuxna.", "ED", "swe")));
        String location = mvc.perform(upload("flode.xml", xml.getBytes(StandardCharsets.UTF_8)).cookie(malmo))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long run = awaitRun(malmo, location);
        mvc.perform(get(location).cookie(malmo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Klar")))
                .andExpect(content().string(containsString("import-test-2")))
                .andExpect(content().string(containsString("bakvänt")));
        mvc.perform(get(location).cookie(malmo).header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("import-progress"))).andExpect(content().string(not(containsString("<html"))));
        assertThat(jdbc.queryForObject("select imported from bibblix.import_run where id = ?", Integer.class, run)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select skipped from bibblix.import_run where id = ?", Integer.class, run)).isEqualTo(1);
        long cloud = titleId("Molnet som ville regna godis");
        assertThat(jdbc.queryForObject("select eligible and not selected from bibblix.title where id = ?", Boolean.class, cloud)).isTrue();
        assertThat(jdbc.queryForObject("select eligible from bibblix.title where title = 'Vuxenboken'", Boolean.class)).isFalse();

        // select it, write the blurb, set the category and ages, feature it
        mvc.perform(post("/bibblix/bibliotekarie/titlar/" + cloud + "/val").param("valj", "true").cookie(malmo).with(csrf()))
                .andExpect(redirectedUrl("/bibblix/bibliotekarie/titlar/" + cloud));
        long category = jdbc.queryForObject("select id from bibblix.category where slug = 'rolig'", Long.class);
        mvc.perform(post("/bibblix/bibliotekarie/titlar/" + cloud).cookie(malmo).with(csrf()).param("blurb", "Ett moln som regnar godis över hela stan!")
                        .param("categoryId", "" + category).param("ageFrom", "6").param("ageTo", "9").param("featured", "true"))
                .andExpect(redirectedUrl("/bibblix/bibliotekarie/titlar/" + cloud));
        mvc.perform(get("/bibblix/bocker/" + cloud)).andExpect(status().isOk()).andExpect(content().string(containsString("regnar godis över hela stan")));
        mvc.perform(get("/bibblix")).andExpect(content().string(containsString("Molnet som ville regna godis")));
        // an ineligible title cannot be selected
        long adult = titleId("Vuxenboken");
        mvc.perform(post("/bibblix/bibliotekarie/titlar/" + adult + "/val").param("valj", "true").cookie(malmo).with(csrf()));
        assertThat(jdbc.queryForObject("select selected from bibblix.title where id = ?", Boolean.class, adult)).isFalse();
    }

    @Test
    void aFeedThatIsNotXmlImportsNothingAndSaysWhy() throws Exception {
        Cookie malmo = login("malmo");
        long before = jdbc.queryForObject("select count(*) from bibblix.title", Long.class);
        String broken = feed(List.of(new OnixWriter.Item("never-1", "979129800011", "Aldrig", "T", "YFH", 6, 8, "T.", "ED", "swe")))
                .replace("</ONIXMessage>", "<Product><RecordReference>x</Product>");
        String location = mvc.perform(upload("trasig.xml", broken.getBytes(StandardCharsets.UTF_8)).cookie(malmo))
                .andReturn().getResponse().getRedirectedUrl();
        awaitRun(malmo, location);
        mvc.perform(get(location).cookie(malmo)).andExpect(content().string(containsString("inte välformad XML")))
                .andExpect(content().string(containsString("Misslyckades, inget importerades")));
        assertThat(jdbc.queryForObject("select count(*) from bibblix.title", Long.class)).isEqualTo(before);
        mvc.perform(upload(null, null).cookie(malmo))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Välj en ONIX-fil.")));
        // a plain form post (no file at all) is answered the same way
        mvc.perform(post("/bibblix/bibliotekarie/import").cookie(malmo).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Välj en ONIX-fil.")));
        // a body cut off in the middle: an inline message, nothing imported
        byte[] whole = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"halv.xml\"\r\n\r\n<ONIXMessage")
                .getBytes(StandardCharsets.UTF_8);
        long runs = jdbc.queryForObject("select count(*) from bibblix.import_run", Long.class);
        mvc.perform(post("/bibblix/bibliotekarie/import").contentType("multipart/form-data; boundary=" + BOUNDARY).content(whole)
                        .with(csrf().asHeader()).cookie(malmo))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Filen kom inte fram hel")));
        assertThat(jdbc.queryForObject("select count(*) from bibblix.import_run", Long.class)).isEqualTo(runs);
    }

    @Test
    void aTitleFormWithBadInputShowsTheErrorsAndSavesNothing() throws Exception {
        Cookie malmo = login("malmo");
        long book = titleId("Flotten");
        String blurbBefore = jdbc.queryForObject("select blurb from bibblix.title where id = ?", String.class, book);
        mvc.perform(post("/bibblix/bibliotekarie/titlar/" + book).cookie(malmo).with(csrf()).param("blurb", "Ny text")
                        .param("ageFrom", "tio").param("ageTo", "5").param("easierTitleId", "999999").param("categoryId", "999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange ett heltal.")))
                .andExpect(content().string(containsString("Det finns ingen titel i Bibblix med det id:t.")))
                .andExpect(content().string(containsString("Välj en kategori i listan.")));
        mvc.perform(post("/bibblix/bibliotekarie/titlar/" + book).cookie(malmo).with(csrf()).param("ageFrom", "10").param("ageTo", "7"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Åldern till kan inte vara lägre")));
        assertThat(jdbc.queryForObject("select blurb from bibblix.title where id = ?", String.class, book)).isEqualTo(blurbBefore);
        mvc.perform(post("/bibblix/bibliotekarie/titlar/999999999").cookie(malmo).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void anotherMunicipalitysLibrarianSeesOnlyItsOwnAndCannotReachTheContentManagersRecords() throws Exception {
        Cookie malmo = login("malmo");
        Cookie stockholm = librarian("bibblix-sthlm", "Stockholm");
        long malmoRun = jdbc.queryForObject("select max(id) from bibblix.import_run where organisation_id = ?", Long.class, organisationId("Malmö"));
        mvc.perform(get("/bibblix/bibliotekarie/import/" + malmoRun).cookie(malmo)).andExpect(status().isOk());
        mvc.perform(get("/bibblix/bibliotekarie/import/" + malmoRun).cookie(stockholm)).andExpect(status().isForbidden());
        mvc.perform(get("/bibblix/bibliotekarie/import").cookie(stockholm)).andExpect(status().isForbidden());
        long book = titleId("Flotten");
        mvc.perform(get("/bibblix/bibliotekarie/titlar/" + book).cookie(stockholm)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Katalogen sköts av innehållsansvarig")));
        mvc.perform(post("/bibblix/bibliotekarie/titlar/" + book).cookie(stockholm).with(csrf()).param("blurb", "Stockholms text"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/bibblix/bibliotekarie/titlar/" + book + "/val").param("valj", "false").cookie(stockholm).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select selected from bibblix.title where id = ?", Boolean.class, book)).isTrue();
        // a Malmö loan counted; Stockholm's statistics show only Stockholm, Malmö (the content manager) sees every municipality
        jdbc.update("insert into bibblix.loan_count (day, organisation_id, title_id, category, age_band, loans) values (current_date, ?, ?, 'aventyr', '9-10', 7) "
                + "on conflict (day, organisation_id, title_id, category, age_band) do update set loans = bibblix.loan_count.loans + 7", organisationId("Malmö"), book);
        mvc.perform(get("/bibblix/bibliotekarie/statistik").cookie(stockholm)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Malmö stadsbibliotek"))));
        mvc.perform(get("/bibblix/bibliotekarie/statistik").cookie(malmo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Malmö stadsbibliotek")))
                .andExpect(content().string(containsString("Lån per kategori")));
        byte[] workbook = mvc.perform(get("/bibblix/bibliotekarie/statistik.xlsx").cookie(malmo)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(workbook).startsWith(new byte[] {'P', 'K'});
        mvc.perform(get("/bibblix/bibliotekarie/statistik.xlsx").param("fran", "fel").cookie(stockholm)).andExpect(status().isOk());
        mvc.perform(get("/bibblix/bibliotekarie/statistik.xlsx")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/bibblix/bibliotekarie/statistik").param("fran", "2026-13-45").param("till", "igår").cookie(malmo))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Skriv datumen som ÅÅÅÅ-MM-DD")));
        // each librarian edits only the own municipality's library
        mvc.perform(get("/bibblix/bibliotekarie/bibliotek").cookie(stockholm)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Stockholms stadsbibliotek"))).andExpect(content().string(not(containsString("Malmö stadsbibliotek"))));
        // users of municipalities without Bibblix, or without the role, do not get in
        mvc.perform(get("/bibblix/bibliotekarie").cookie(login("kiruna"))).andExpect(status().isForbidden());
        mvc.perform(get("/bibblix/bibliotekarie").cookie(malmo)).andExpect(status().isOk()).andExpect(content().string(containsString("Nästa körning")));
    }

    @Test
    void theLibrarySettingsAreCheckedAndThePasswordIsWriteOnly() throws Exception {
        Cookie stockholm = librarian("bibblix-sthlm2", "Stockholm");
        mvc.perform(post("/bibblix/bibliotekarie/bibliotek").cookie(stockholm).with(csrf()).param("name", "").param("sipHost", "bad host!")
                        .param("sipPort", "70000").param("institutionId", "").param("timeoutMs", "5").param("historyDays", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv ett värdnamn eller en IP-adress.")))
                .andExpect(content().string(containsString("Porten ska vara 1–65535.")))
                .andExpect(content().string(containsString("Antalet dagar ska vara 0–365.")));
        String port = jdbc.queryForObject("select sip_port::text from bibblix.library where organisation_id = ?", String.class, organisationId("Stockholm"));
        mvc.perform(post("/bibblix/bibliotekarie/bibliotek").cookie(stockholm).with(csrf()).param("name", "Stockholms stadsbibliotek (demo)")
                        .param("sipHost", "127.0.0.1").param("sipPort", port).param("institutionId", "DEMO0180").param("loginUser", "bibblix-demo")
                        .param("timeoutMs", "2000").param("historyDays", "14"))
                .andExpect(redirectedUrl("/bibblix/bibliotekarie/bibliotek"));
        assertThat(jdbc.queryForObject("select history_days from bibblix.library where organisation_id = ?", Integer.class, organisationId("Stockholm")))
                .isEqualTo(14);
        // the blank password kept the stored one: children of Stockholm can still sign in
        assertThat(jdbc.queryForObject("select login_password_cipher is not null from bibblix.library where organisation_id = ?", Boolean.class,
                organisationId("Stockholm"))).isTrue();
        mvc.perform(get("/bibblix/bibliotekarie/bibliotek").cookie(stockholm))
                .andExpect(content().string(containsString("Ett lösenord är sparat.")))
                .andExpect(content().string(not(containsString("demo-sip2-password"))));
        child("Stockholm", newCard("0181"));
    }
}
