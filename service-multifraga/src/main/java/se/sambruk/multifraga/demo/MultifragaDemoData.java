package se.sambruk.multifraga.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.sambruk.core.UserRoleGrants;
import se.sambruk.multifraga.MultifragaModule;

/**
 * The demo of Multifråga: the demo user "borlange" is Borlänge's MF_CASEWORKER; the agencies are
 * the local SSBTEK fake (demo settings), which answers every person with the agencies' published
 * example answers about made-up people.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("sambruk.demo.enabled")
class MultifragaDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MultifragaDemoData.class);

    private final UserRoleGrants roles;

    MultifragaDemoData(UserRoleGrants roles) {
        this.roles = roles;
    }

    @Override
    public void run(ApplicationArguments args) {
        roles.grant("borlange", MultifragaModule.MF_REVIEWER);
        roles.grant("borlange", MultifragaModule.MF_ADMIN);
        roles.grant("borlange", MultifragaModule.MF_CASEWORKER)
                .ifPresent(org -> log.info("Multifråga demo: user borlange is Borlänge's MF_CASEWORKER; the agencies are the local SSBTEK fake"));
    }
}
