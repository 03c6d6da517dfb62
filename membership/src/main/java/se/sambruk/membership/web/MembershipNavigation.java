package se.sambruk.membership.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.sambruk.core.NavigationLink;
import se.sambruk.core.Roles;

/** The module's entries in the main navigation: the staff's membership administration, and the member's page. */
@Configuration(proxyBeanMethods = false)
class MembershipNavigation {

    @Bean
    NavigationLink staffMembershipLink() {
        return new NavigationLink("membership.nav.staff", "/admin/membership", Roles.SAMBRUK_ADMIN);
    }

    @Bean
    NavigationLink memberMembershipLink() {
        return new NavigationLink("membership.nav.member", "/org/membership", Roles.ORG_ADMIN);
    }
}
