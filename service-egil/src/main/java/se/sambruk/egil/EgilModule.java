package se.sambruk.egil;

import java.util.List;

import org.springframework.stereotype.Component;
import se.sambruk.core.ServiceModule;

/** EGIL in the platform: its pages under /egil, its API under /api/v1/egil, and its one role. */
@Component
public class EgilModule implements ServiceModule {

    /** The organiser's EGIL administrator: sources, suppliers, selection, runs and the accounts held. */
    public static final String EGIL_ADMIN = "EGIL_ADMIN";

    @Override
    public String serviceCode() {
        return "egil";
    }

    @Override
    public List<String> roles() {
        return List.of(EGIL_ADMIN);
    }
}
