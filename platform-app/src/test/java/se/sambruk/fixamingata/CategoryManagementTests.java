package se.sambruk.fixamingata;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import se.sambruk.PlatformTest;
import se.sambruk.core.notification.LocalMailCatcher;
import se.sambruk.fixamingata.delivery.DeliveryOutbox;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A municipality's handler manages its categories: routing, extra questions, and only its own. */
class CategoryManagementTests extends PlatformTest {

    static final String PATH = "/fixamingata/handlaggning/kategorier";

    @Autowired
    Categories categories;
    @Autowired
    DeliveryOutbox outbox;
    @Autowired
    LocalMailCatcher mails;

    long ale() {
        return organisationId("Ale");
    }

    Category named(String name) {
        return categories.all(ale()).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no category " + name));
    }

    @Test
    void aHandlerAddsACategoryRoutedByEmailWithAQuestionThatResidentsAnswerAndStaffSee() throws Exception {
        Cookie handler = login("ale");
        categories.active(ale(), "felanmalan@ale.demo.sambruk.se");
        mvc.perform(get(PATH).cookie(handler)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gatubelysning ur funktion")));
        mvc.perform(get(PATH + "/ny").cookie(handler)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"questions[0].label\"")));

        mvc.perform(post(PATH).cookie(handler).with(csrf()).param("name", "Trasiga brunnslock").param("method", "EMAIL")
                        .param("email", "brunnar@ale.example.se").param("active", "true")
                        .param("questions[0].label", "Brunnens nummer").param("questions[0].required", "true")
                        .param("questions[1].label", "").param("_questions[1].required", "on"))
                .andExpect(redirectedUrl(PATH));
        Category created = named("Trasiga brunnslock");
        assertThat(created.sendMethod()).isEqualTo(Category.SendMethod.EMAIL);
        assertThat(created.sendTo()).isEqualTo("brunnar@ale.example.se");
        assertThat(jdbc.queryForList("select label from fixamingata.category_question where category_id = ?", String.class, created.id()))
                .containsExactly("Brunnens nummer");
        long question = jdbc.queryForObject("select id from fixamingata.category_question where category_id = ?", Long.class, created.id());

        // the resident is asked; leaving the required question blank is an inline error that keeps the input
        mvc.perform(get("/fixamingata/rapportera").param("lat", FixaMinGataTests.ALE_LAT).param("lon", FixaMinGataTests.ALE_LON))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Brunnens nummer")))
                .andExpect(content().string(containsString("name=\"answers[" + question + "]\"")));
        mvc.perform(post("/fixamingata/rapportera").with(csrf()).param("lat", FixaMinGataTests.ALE_LAT).param("lon", FixaMinGataTests.ALE_LON)
                        .param("kommun", "1440").param("category", String.valueOf(created.id())).param("title", "Locket saknas")
                        .param("detail", "Brunnslocket är borta vid skolan.").param("name", "Ida Invånare").param("email", "ida.brunn@example.se"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Svara på frågan ”Brunnens nummer”.")))
                .andExpect(content().string(containsString("Locket saknas")));

        MvcResult drafted = mvc.perform(post("/fixamingata/rapportera").with(csrf()).param("lat", FixaMinGataTests.ALE_LAT)
                        .param("lon", FixaMinGataTests.ALE_LON).param("kommun", "1440").param("category", String.valueOf(created.id()))
                        .param("title", "Locket saknas").param("detail", "Brunnslocket är borta vid skolan.").param("name", "Ida Invånare")
                        .param("email", "ida.brunn@example.se").param("answers[" + question + "]", "B-1234"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String draft = drafted.getResponse().getRedirectedUrl();
        assertThat(draft).startsWith("/fixamingata/utkast/");
        long reportId = jdbc.queryForObject("select id from fixamingata.report where manage_token = ?", Long.class,
                draft.substring(draft.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForList("select label, answer from fixamingata.report_answer where report_id = ?", reportId))
                .containsExactly(Map.of("label", "Brunnens nummer", "answer", "B-1234"));
        mvc.perform(get(draft + "/andra")).andExpect(status().isOk()).andExpect(content().string(containsString("value=\"B-1234\"")));

        mvc.perform(post(draft + "/skicka").with(csrf())).andExpect(status().isOk());
        jdbc.update("update fixamingata.report set state = 'CONFIRMED', confirmed_at = now() where id = ?", reportId);
        mvc.perform(get("/fixamingata/handlaggning/rapporter/" + reportId).cookie(handler)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Brunnens nummer")))
                .andExpect(content().string(containsString("B-1234")));
    }

    @Test
    void aHandlerEditsACategoryToOpen311AndServiceNowAndTheKeysAreNeverShownAgain() throws Exception {
        Cookie handler = login("ale");
        long id = categories.create(ale(), "Cykelställ", Category.SendMethod.EMAIL, "cykel@ale.example.se", null, null, true);

        mvc.perform(post(PATH + "/" + id).cookie(handler).with(csrf()).param("name", "Cykelställ och cykelparkering")
                        .param("method", "OPEN311").param("open311Url", "https://felanmalan.ale.example.se/open311/v2/")
                        .param("open311Key", "hemlig-open311-nyckel").param("open311Code", "CYK-1").param("_active", "on"))
                .andExpect(redirectedUrl(PATH));
        Category open311 = categories.find(id).orElseThrow();
        assertThat(open311.name()).isEqualTo("Cykelställ och cykelparkering");
        assertThat(open311.sendMethod()).isEqualTo(Category.SendMethod.OPEN311);
        assertThat(open311.sendTo()).isEqualTo("https://felanmalan.ale.example.se/open311/v2");
        assertThat(open311.sendKey()).isEqualTo("hemlig-open311-nyckel");
        assertThat(open311.externalCode()).isEqualTo("CYK-1");
        assertThat(open311.active()).isFalse();
        mvc.perform(get(PATH + "/" + id).cookie(handler)).andExpect(status().isOk())
                .andExpect(content().string(containsString("CYK-1")))
                .andExpect(content().string(not(containsString("hemlig-open311-nyckel"))));
        mvc.perform(get(PATH).cookie(handler)).andExpect(content().string(not(containsString("hemlig-open311-nyckel"))));

        // a blank key keeps the stored one
        mvc.perform(post(PATH + "/" + id).cookie(handler).with(csrf()).param("name", "Cykelställ och cykelparkering")
                        .param("method", "OPEN311").param("open311Url", "https://felanmalan.ale.example.se/open311/v2")
                        .param("open311Key", "").param("open311Code", "CYK-2").param("active", "true"))
                .andExpect(redirectedUrl(PATH));
        assertThat(categories.find(id).orElseThrow().sendKey()).isEqualTo("hemlig-open311-nyckel");
        assertThat(categories.find(id).orElseThrow().externalCode()).isEqualTo("CYK-2");

        // another method needs its own credentials
        mvc.perform(post(PATH + "/" + id).cookie(handler).with(csrf()).param("name", "Cykelställ och cykelparkering")
                        .param("method", "SERVICENOW").param("serviceNowUrl", "https://ale.service-now.com").param("active", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"serviceNowCredentials-error\"")));
        mvc.perform(post(PATH + "/" + id).cookie(handler).with(csrf()).param("name", "Cykelställ och cykelparkering")
                        .param("method", "SERVICENOW").param("serviceNowUrl", "https://ale.service-now.com")
                        .param("serviceNowCredentials", "fmg:sn-lösen").param("serviceNowCategory", "roads").param("active", "true"))
                .andExpect(redirectedUrl(PATH));
        Category serviceNow = categories.find(id).orElseThrow();
        assertThat(serviceNow.sendMethod()).isEqualTo(Category.SendMethod.SERVICENOW);
        assertThat(serviceNow.sendKey()).isEqualTo("fmg:sn-lösen");
        assertThat(serviceNow.externalCode()).isEqualTo("roads");
        mvc.perform(get(PATH + "/" + id).cookie(handler)).andExpect(content().string(not(containsString("sn-lösen"))));
    }

    @Test
    void badInputIsShownInlineAndKeptAndNothingIsSaved() throws Exception {
        Cookie handler = login("ale");
        int before = categories.all(ale()).size();
        mvc.perform(post(PATH).cookie(handler).with(csrf()).param("name", "Fel adress").param("method", "EMAIL")
                        .param("email", "inte-en-adress").param("questions[0].label", "F".repeat(201)).param("active", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("value=\"inte-en-adress\"")))
                .andExpect(content().string(containsString("value=\"Fel adress\"")))
                .andExpect(content().string(containsString("id=\"question-0-error\"")));
        mvc.perform(post(PATH).cookie(handler).with(csrf()).param("name", "").param("method", "OPEN311")
                        .param("open311Url", "javascript:alert(1)").param("open311Code", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("id=\"open311Url-error\"")))
                .andExpect(content().string(containsString("id=\"open311Key-error\"")))
                .andExpect(content().string(containsString("id=\"open311Code-error\"")));
        mvc.perform(post(PATH).cookie(handler).with(csrf()).param("name", "X").param("method", "FAX"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"method-error\"")));
        categories.create(ale(), "Finns redan", Category.SendMethod.EMAIL, "a@ale.example.se", null, null, true);
        mvc.perform(post(PATH).cookie(handler).with(csrf()).param("name", "Finns redan").param("method", "EMAIL")
                        .param("email", "b@ale.example.se"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kommunen har redan en kategori med det namnet.")));
        assertThat(categories.all(ale())).hasSize(before + 1);
        mvc.perform(get(PATH + "/inte-ett-id").cookie(handler)).andExpect(status().is4xxClientError());
    }

    @Test
    void anotherMunicipalitysCategoryIsNotFoundAndUnchanged() throws Exception {
        Cookie handler = login("ale");
        long kil = organisationId("Kil");
        long theirs = categories.create(kil, "Kils egen kategori", Category.SendMethod.EMAIL, "kil@kil.example.se", "x", null, true);
        mvc.perform(get(PATH + "/" + theirs).cookie(handler)).andExpect(status().isNotFound());
        mvc.perform(post(PATH + "/" + theirs).cookie(handler).with(csrf()).param("name", "Kapad").param("method", "EMAIL")
                        .param("email", "kapare@example.se").param("questions[0].label", "Kapad fråga"))
                .andExpect(status().isNotFound());
        Category unchanged = categories.find(theirs).orElseThrow();
        assertThat(unchanged.name()).isEqualTo("Kils egen kategori");
        assertThat(unchanged.sendTo()).isEqualTo("kil@kil.example.se");
        assertThat(jdbc.queryForObject("select count(*) from fixamingata.category_question where category_id = ?", Integer.class, theirs))
                .isZero();
        mvc.perform(get(PATH).cookie(handler)).andExpect(content().string(not(containsString("Kils egen kategori"))));
        // a question id of another category is not taken over: a new question is made instead
        long mine = categories.create(ale(), "Egen med fråga", Category.SendMethod.EMAIL, "e@ale.example.se", null, null, true);
        long theirQuestion = jdbc.queryForObject("""
                insert into fixamingata.category_question (category_id, organisation_id, label) values (?, ?, 'Kils fråga') returning id""",
                Long.class, theirs, kil);
        mvc.perform(post(PATH + "/" + mine).cookie(handler).with(csrf()).param("name", "Egen med fråga").param("method", "EMAIL")
                        .param("email", "e@ale.example.se").param("active", "true")
                        .param("questions[0].id", String.valueOf(theirQuestion)).param("questions[0].label", "Övertagen"))
                .andExpect(redirectedUrl(PATH));
        assertThat(jdbc.queryForObject("select label from fixamingata.category_question where id = ?", String.class, theirQuestion))
                .isEqualTo("Kils fråga");
        assertThat(jdbc.queryForList("select label from fixamingata.category_question where category_id = ?", String.class, mine))
                .isEqualTo(List.of("Övertagen"));
    }

    @Test
    void anEmailRoutedCategorysReportsGoToItsAddress() throws Exception {
        Cookie handler = login("ale");
        categories.active(ale(), "felanmalan@ale.demo.sambruk.se");
        long id = categories.create(ale(), "Skyltar vid badplatser", Category.SendMethod.EMAIL, "old@ale.example.se", null, null, true);
        mvc.perform(post(PATH + "/" + id).cookie(handler).with(csrf()).param("name", "Skyltar vid badplatser").param("method", "EMAIL")
                        .param("email", "bad@ale.example.se").param("active", "true"))
                .andExpect(redirectedUrl(PATH));
        MvcResult drafted = mvc.perform(post("/fixamingata/rapportera").with(csrf()).param("lat", FixaMinGataTests.ALE_LAT)
                        .param("lon", FixaMinGataTests.ALE_LON).param("kommun", "1440").param("category", String.valueOf(id))
                        .param("title", "Skylten har blåst ner").param("detail", "Vid badplatsen.").param("name", "Ida Invånare")
                        .param("email", "ida.bad@example.se"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String draft = drafted.getResponse().getRedirectedUrl();
        mvc.perform(post(draft + "/skicka").with(csrf())).andExpect(status().isOk());
        String link = mails.await(m -> m.isTo("ida.bad@example.se"), Duration.ofSeconds(20)).orElseThrow().text()
                .replaceAll("(?s).*http://[^/]+(/fixamingata/bekrafta/[0-9a-f]+).*", "$1");
        mvc.perform(get(link)).andExpect(status().is3xxRedirection());
        outbox.sendDue();
        assertThat(mails.await(m -> m.isTo("bad@ale.example.se") && m.text().contains("Skylten har blåst ner")
                && !m.subject().contains("Skylten"), Duration.ofSeconds(20)))
                .isPresent();
    }
}
