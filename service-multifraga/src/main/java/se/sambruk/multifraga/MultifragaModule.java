package se.sambruk.multifraga;

import java.util.List;

import org.springframework.stereotype.Component;
import se.sambruk.core.ServiceModule;

/** Multifråga in the platform: its pages under /multifraga and its one role. */
@Component
public class MultifragaModule implements ServiceModule {

    /** A social-services caseworker deciding on economic assistance: may look up a household at the agencies. */
    public static final String MF_CASEWORKER = "MF_CASEWORKER";

    /** Report type "with credit information": may ask the sources whose report type is CREDIT. */
    public static final String MF_CREDIT = "MF_CREDIT";

    /** Report type "with protected-identity data": sees the address data of a person with protected identity. */
    public static final String MF_PROTECTED = "MF_PROTECTED";

    /** Follows up the look-up log (the municipality's log review): look-ups per caseworker, samples, look-ups without a decision. */
    public static final String MF_REVIEWER = "MF_REVIEWER";

    /** Keeps the municipality's client certificate for the agencies' mutual TLS. */
    public static final String MF_ADMIN = "MF_ADMIN";

    @Override
    public String serviceCode() {
        return "multifraga";
    }

    @Override
    public List<String> roles() {
        return List.of(MF_CASEWORKER, MF_CREDIT, MF_PROTECTED, MF_REVIEWER, MF_ADMIN);
    }
}
