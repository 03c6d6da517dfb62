package se.sambruk.provisum;

import java.util.List;

import org.springframework.stereotype.Component;
import se.sambruk.core.ServiceModule;

/** Provisum in the platform: its pages under /provisum and its one role. */
@Component
public class ProvisumModule implements ServiceModule {

    /** The överförmyndare office's caseworker: principals, guardians, cases, reviews and fees. */
    public static final String PROVISUM_CASEWORKER = "PROVISUM_CASEWORKER";

    @Override
    public String serviceCode() {
        return "provisum";
    }

    @Override
    public List<String> roles() {
        return List.of(PROVISUM_CASEWORKER);
    }
}
