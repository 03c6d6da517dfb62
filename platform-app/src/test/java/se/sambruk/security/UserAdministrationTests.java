package se.sambruk.security;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.Roles;
import se.sambruk.core.ServiceAccess;
import se.sambruk.core.notification.LocalMailCatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff never hold a municipality's keys: new users choose their own password by an e-mailed
 * link, staff grant no service roles, an organisation's administrator grants only the roles of
 * the services it uses, and nobody disables themselves or the last administrator.
 */
class UserAdministrationTests extends PlatformTest {

    static final Pattern LINK = Pattern.compile("https?://[^\\s]+(/password/[A-Za-z0-9_-]+)");

    @Autowired
    LocalMailCatcher catcher;
    @Autowired
    ServiceAccess access;
    @Autowired
    se.sambruk.core.MemberRegister register;

    @Test
    void aNewUserIsInvitedByEMailAndChoosesTheirOwnPassword() throws Exception {
        Cookie kiruna = login("kiruna");
        mvc.perform(post("/org/users/new").cookie(kiruna).with(csrf()).param("username", "invited.admin")
                        .param("displayName", "Inbjuden Administratör").param("email", "invited.admin@kiruna.example.se")
                        .param("roles", Roles.CASEWORKER).param("password", "admin-chosen-password-1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select password_hash from core.app_user where username = 'invited.admin'", String.class)).isNull();
        var mail = catcher.await(m -> m.isTo("invited.admin@kiruna.example.se"), Duration.ofSeconds(20)).orElseThrow();
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        String path = link.group(1);

        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("invited.admin")));
        mvc.perform(post(path).with(csrf()).param("password", "password1234").param("repeat", "password1234"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("vanligaste")));
        mvc.perform(post(path).with(csrf()).param("password", "tre gröna äpplen i korgen").param("repeat", "tre gröna äpplen i korgen"))
                .andExpect(redirectedUrl("/login"));
        login("invited.admin", "tre gröna äpplen i korgen");
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(post(path).with(csrf()).param("password", "ett annat långt lösenord").param("repeat", "ett annat långt lösenord"))
                .andExpect(status().isNotFound());
    }

    @Test
    void staffGrantNoServiceRoles() throws Exception {
        mvc.perform(post("/admin/users/new").cookie(login("admin")).with(csrf()).param("username", "staff.made.handler")
                        .param("displayName", "Handläggare").param("email", "h@ale.example.se")
                        .param("organisation", String.valueOf(organisationId("Ale"))).param("roles", "FMG_HANDLER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
        assertThat(jdbc.queryForObject("select count(*) from core.app_user where username = 'staff.made.handler'", Integer.class)).isZero();
    }

    @Test
    void staffCreateOnlyAnOrganisationsFirstAdministratorAndNoStaffOutsideSambruk() throws Exception {
        // else staff would make an administrator of their own in Malmö, who grants a service's roles to another account of theirs
        Cookie admin = login("admin");
        mvc.perform(post("/admin/users/new").cookie(admin).with(csrf()).param("username", "staff.made.admin")
                        .param("displayName", "Extra administratör").param("email", "extra@sambruk.example.se")
                        .param("organisation", String.valueOf(organisationId("Malmö"))).param("roles", Roles.ORG_ADMIN))
                .andExpect(status().isOk()).andExpect(content().string(containsString("redan en administratör")));
        mvc.perform(post("/admin/users/new").cookie(admin).with(csrf()).param("username", "staff.in.malmo")
                        .param("displayName", "Sambrukare i Malmö").param("email", "staff@sambruk.example.se")
                        .param("organisation", String.valueOf(organisationId("Malmö"))).param("roles", Roles.SAMBRUK_ADMIN))
                .andExpect(status().isOk()).andExpect(content().string(containsString("bara till användare i Sambruk")));
        assertThat(jdbc.queryForObject("select count(*) from core.app_user where username in ('staff.made.admin', 'staff.in.malmo')", Integer.class))
                .isZero();
    }

    @Test
    void anOrganisationAdministratorGrantsOnlyTheRolesOfServicesItUses() throws Exception {
        assertThat(access.usableServices(organisationId("Malmö"))).as("Malmö does not use EGIL in the demo").doesNotContain("egil");
        Cookie malmo = login("malmo");
        mvc.perform(get("/org/users/new").cookie(malmo)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"EGIL_ADMIN\""))));
        mvc.perform(post("/org/users/new").cookie(malmo).with(csrf()).param("username", "malmo.egil")
                        .param("displayName", "EGIL i Malmö").param("email", "egil@malmo.example.se").param("roles", "EGIL_ADMIN"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
        assertThat(jdbc.queryForObject("select count(*) from core.app_user where username = 'malmo.egil'", Integer.class)).isZero();
    }

    @Test
    void nobodyDisablesThemselvesOrTheLastAdministrator() throws Exception {
        long kiruna = userId("kiruna");
        mvc.perform(post("/org/users/" + kiruna + "/enabled").cookie(login("kiruna")).with(csrf()).param("enabled", "false"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("errorKey", "user.disable.self"));
        mvc.perform(post("/admin/users/" + kiruna + "/enabled").cookie(login("admin")).with(csrf()).param("enabled", "false"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("errorKey", "user.disable.lastAdmin"));
        assertThat(jdbc.queryForObject("select enabled from core.app_user where id = ?", Boolean.class, kiruna)).isTrue();
    }

    @Test
    void staffNeverChooseWhereAMunicipalitysFirstAdministratorsLinkGoesNorMakeItsOtherUsers() throws Exception {
        // Sambruk staff never read a municipality's personal data, not even through a user they create: the first
        // administrator's link goes only to the contact address of the member's own application, never one staff type
        String name = "Provkommun S10 probe";
        String contact = "kontakt@provkommun-s10.example";
        String staffOwn = "staff.own.s10@sambruk.example.se";
        jdbc.update("insert into core.organisation (type, name) values ('MUNICIPALITY', ?)", name);
        long organisation = organisationId(name);
        Cookie admin = login("admin");
        var firstAdministrator = post("/admin/users/new").cookie(admin).with(csrf()).param("username", "s10.first.admin")
                .param("displayName", "Första Administratör").param("organisation", String.valueOf(organisation)).param("roles", Roles.ORG_ADMIN);
        // no membership application yet: no registered address, so staff cannot make the administrator at all
        mvc.perform(firstAdministrator.param("email", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("ingen registrerad kontaktadress")));
        mvc.perform(post("/membership/apply").with(csrf()).param("organisationName", name).param("organisationKind", "MUNICIPALITY")
                        .param("contactName", "Kim Kontakt").param("contactEmail", contact)
                        .param("motivation", "Vi vill använda tjänsterna och delta i nätverken."))
                .andExpect(redirectedUrl("/membership/apply/sent"));
        approve(admin, name, organisation);
        // staff type their own address, or make a caseworker or council delegate: refused, nothing stored
        mvc.perform(post("/admin/users/new").cookie(admin).with(csrf()).param("username", "s10.first.admin").param("displayName", "X")
                        .param("organisation", String.valueOf(organisation)).param("roles", Roles.ORG_ADMIN).param("email", staffOwn))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Lämna fältet tomt")));
        for (String role : new String[] {Roles.CASEWORKER, Roles.COUNCIL_DELEGATE}) {
            mvc.perform(post("/admin/users/new").cookie(admin).with(csrf()).param("username", "s10.staff." + role.toLowerCase())
                            .param("displayName", "X").param("organisation", String.valueOf(organisation)).param("roles", role)
                            .param("email", staffOwn))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("bara upp den första administratören")));
        }
        assertThat(jdbc.queryForObject("select count(*) from core.app_user where organisation_id = ?", Integer.class, organisation)).isZero();
        // recorded once: a later application (a rejoin after leaving, say) does not redirect the link
        assertThat(register.recordContactAddress(organisation, staffOwn)).isFalse();
        assertThat(jdbc.queryForObject("select contact_email from core.member where organisation_id = ?", String.class, organisation))
                .isEqualTo(contact);

        // the first administrator, e-mail left empty: created with the application's address, the link goes there
        mvc.perform(post("/admin/users/new").cookie(admin).with(csrf()).param("username", "s10.first.admin")
                        .param("displayName", "Första Administratör").param("organisation", String.valueOf(organisation))
                        .param("roles", Roles.ORG_ADMIN).param("email", ""))
                .andExpect(status().is3xxRedirection());
        long id = userId("s10.first.admin");
        assertThat(jdbc.queryForObject("select email from core.app_user where id = ?", String.class, id)).isEqualTo(contact);
        assertThat(catcher.await(m -> m.isTo(contact) && LINK.matcher(m.text()).find(), Duration.ofSeconds(20))).isPresent();
        // a fresh link from staff goes to the same address; no handler lets staff change the address or set a password
        mvc.perform(post("/admin/users/" + id + "/password-link").cookie(admin).with(csrf())).andExpect(status().is3xxRedirection());
        for (String path : new String[] {"/admin/users/" + id, "/admin/users/" + id + "/email", "/admin/users/" + id + "/password"}) {
            mvc.perform(post(path).cookie(admin).with(csrf()).param("email", staffOwn).param("password", "staff-chosen-password-1"))
                    .andExpect(status().is4xxClientError());
        }
        assertThat(jdbc.queryForObject("select email from core.app_user where id = ?", String.class, id)).isEqualTo(contact);
        assertThat(jdbc.queryForObject("select password_hash from core.app_user where id = ?", String.class, id)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from core.outgoing_mail where recipient = ?", Integer.class, staffOwn)).isZero();
        assertThat(jdbc.queryForList("select subject from core.outgoing_mail where recipient = ? and subject like '%Sambruk' order by id",
                String.class, contact)).containsSubsequence("Välkommen till Sambruk", "Välj ett nytt lösenord i Sambruk");
    }

    private void approve(Cookie admin, String name, long organisation) throws Exception {
        long application = jdbc.queryForObject("select max(id) from membership.application where organisation_name = ?", Long.class, name);
        String today = java.time.LocalDate.now().toString();
        mvc.perform(post("/admin/membership/applications/" + application + "/decision").cookie(admin).with(csrf())
                        .param("decision", "APPROVE").param("organisation", String.valueOf(organisation))
                        .param("boardDecidedOn", today).param("startsOn", today).param("rejoining", "false"))
                .andExpect(redirectedUrl("/admin/membership/applications"));
    }
}
