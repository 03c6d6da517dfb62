package gatecheck;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sambruk.core.CurrentUser;

/**
 * (Outside se.sambruk so that component scanning does not find it; tests import it.)
 * A controller for the tests of the core's gate, answering under /egil and /api/v1/egil: the
 * paths the real EGIL module (service-egil) registers for gating.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GateCheckModule {

    /** Registered as a member class of this configuration. */
    @RestController
    static class GateCheckController {

        @GetMapping({"/egil/whoami", "/api/v1/egil/whoami"})
        String whoami() {
            return "organisation " + CurrentUser.require().organisationId();
        }
    }
}
