package se.sambruk.uka;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import se.sambruk.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Documents on a person's page through the core's attachments: added, listed, downloaded, refused inline, deleted; another person's path gets 404. */
class UkaDocumentTests extends PlatformTest {

    @Test
    void aCaseworkerAddsDownloadsAndDeletesADocument() throws Exception {
        long borlange = organisationId("Borl\u00e4nge");
        var ids = jdbc.queryForList("select id from uka.young_person where organisation_id = ? and anonymised_at is null order by id limit 2", Long.class, borlange);
        long person = ids.get(0);
        long other = ids.get(1);
        Cookie bo = login("borlange");
        mvc.perform(multipart("/uka/personer/" + person + "/dokument").file(new MockMultipartFile("file", "plan.txt", "text/plain",
                        "Planen för v\u00e5ren".getBytes(StandardCharsets.UTF_8))).cookie(bo).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long document = jdbc.queryForObject("select max(id) from core.attachment where owner_service = 'uka' and owner_ref = ?", Long.class,
                "person:" + person);
        mvc.perform(get("/uka/personer/" + person).cookie(bo)).andExpect(status().isOk()).andExpect(content().string(containsString("plan.txt")));
        byte[] body = mvc.perform(get("/uka/personer/" + person + "/dokument/" + document).cookie(bo)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("Planen f\u00f6r v\u00e5ren");
        // the same document through another person's path: 404
        mvc.perform(get("/uka/personer/" + other + "/dokument/" + document).cookie(bo)).andExpect(status().isNotFound());
        mvc.perform(post("/uka/personer/" + other + "/dokument/" + document + "/ta-bort").cookie(bo).with(csrf())).andExpect(status().isNotFound());
        // an empty file and a program are refused on the page, nothing stored
        long stored = jdbc.queryForObject("select count(*) from core.attachment where owner_service = 'uka'", Long.class);
        mvc.perform(multipart("/uka/personer/" + person + "/dokument").file(new MockMultipartFile("file", "tom.txt", "text/plain", new byte[0]))
                .cookie(bo).with(csrf())).andExpect(status().isBadRequest()).andExpect(content().string(containsString("Välj en fil")));
        mvc.perform(multipart("/uka/personer/" + person + "/dokument").file(new MockMultipartFile("file", "x.exe", "application/octet-stream",
                new byte[] {0x4d, 0x5a, 0, 1, 2, 3, 4, 5, 6, 7})).cookie(bo).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Filtypen tas inte emot")));
        assertThat(jdbc.queryForObject("select count(*) from core.attachment where owner_service = 'uka'", Long.class)).isEqualTo(stored);
        // another municipality's caseworker: 404
        mvc.perform(get("/uka/personer/" + person + "/dokument/" + document).cookie(login("ale"))).andExpect(result ->
                assertThat(result.getResponse().getStatus()).isIn(403, 404));
        mvc.perform(post("/uka/personer/" + person + "/dokument/" + document + "/ta-bort").cookie(bo).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from core.attachment where id = ?", Long.class, document)).isZero();
    }
}
