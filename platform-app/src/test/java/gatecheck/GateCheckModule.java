package gatecheck;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.ServiceModule;

/**
 * (Outside se.sambruk so that component scanning does not find it; tests import it.)
 * A stand-in service module for the tests of the core's gate: it registers itself as the EGIL
 * module, as a real module does, and answers under /egil and /api/v1/egil.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GateCheckModule {

    @Bean
    ServiceModule egilModule() {
        return () -> "egil";
    }

    /** Registered as a member class of this configuration. */
    @RestController
    static class GateCheckController {

        @GetMapping({"/egil/whoami", "/api/v1/egil/whoami"})
        String whoami() {
            return "organisation " + CurrentUser.require().organisationId();
        }
    }
}
