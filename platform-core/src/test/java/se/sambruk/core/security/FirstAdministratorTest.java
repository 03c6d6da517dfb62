package se.sambruk.core.security;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.util.ReflectionTestUtils;
import se.sambruk.core.Roles;
import se.sambruk.core.organisation.Organisation;
import se.sambruk.core.organisation.OrganisationType;
import se.sambruk.core.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** No default password: the first administrator comes from configuration or a one-time token. */
class FirstAdministratorTest {

    private final AppUsers users = mock(AppUsers.class);
    private final UserAccounts accounts = mock(UserAccounts.class);
    private final Organisations organisations = mock(Organisations.class);

    FirstAdministratorTest() {
        Organisation sambruk = new Organisation(OrganisationType.ASSOCIATION, "Sambruk");
        ReflectionTestUtils.setField(sambruk, "id", 1L);
        when(organisations.search(eq(OrganisationType.ASSOCIATION), isNull(), any())).thenReturn(new PageImpl<>(java.util.List.of(sambruk)));
        when(users.existsWithRole(Roles.SAMBRUK_ADMIN)).thenReturn(false);
    }

    @Test
    void createsTheAdministratorFromConfiguration() throws Exception {
        new FirstAdministrator(users, accounts, organisations, "chief", "a-long-secret-password").run(null);

        verify(accounts).createUser("chief", "Administratör", null, 1L, Set.of(Roles.SAMBRUK_ADMIN), "a-long-secret-password");
    }

    @Test
    void withoutConfigurationOpensSetupThatOnlyTheTokenUnlocks() throws Exception {
        FirstAdministrator first = new FirstAdministrator(users, accounts, organisations, "", "");
        first.run(null);

        assertThat(first.setupOpen()).isTrue();
        assertThat(first.tokenMatches("guess")).isFalse();
        assertThatThrownBy(() -> first.completeSetup("guess", "chief", "Chef", "a-long-secret-password"))
                .isInstanceOf(IllegalArgumentException.class);
        verify(accounts, never()).createUser(any(), any(), any(), any(Long.class), any(), any());

        String token = (String) ReflectionTestUtils.getField(first, "setupToken");
        first.completeSetup(token, "chief", "Chef", "a-long-secret-password");
        verify(accounts).createUser("chief", "Chef", null, 1L, Set.of(Roles.SAMBRUK_ADMIN), "a-long-secret-password");
        assertThat(first.tokenMatches(token)).as("the token is used up").isFalse();
    }

    @Test
    void doesNothingOnceAnAdministratorExists() throws Exception {
        when(users.existsWithRole(Roles.SAMBRUK_ADMIN)).thenReturn(true);
        FirstAdministrator first = new FirstAdministrator(users, accounts, organisations, "", "");
        first.run(null);
        assertThat(first.setupOpen()).isFalse();
    }

}
