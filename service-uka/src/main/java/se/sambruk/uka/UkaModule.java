package se.sambruk.uka;

import java.util.List;

import org.springframework.stereotype.Component;
import se.sambruk.core.ServiceModule;

/** UKA in the platform: its pages under /uka and its one role. */
@Component
public class UkaModule implements ServiceModule {

    /** The municipality's caseworker for the activity responsibility: the register, contacts, plans and reports. */
    public static final String UKA_CASEWORKER = "UKA_CASEWORKER";

    @Override
    public String serviceCode() {
        return "uka";
    }

    @Override
    public List<String> roles() {
        return List.of(UKA_CASEWORKER);
    }
}
