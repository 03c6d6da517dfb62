package se.sambruk.bibblix;

import java.util.List;

import org.springframework.stereotype.Component;
import se.sambruk.core.ServiceModule;

/**
 * Bibblix in the platform. The children's pages under /bibblix are public (see the core's
 * PublicEndpoints: children have no platform account); only the librarians' pages below
 * {@link #basePath()} are gated by subscription.
 */
@Component
public class Bibblix implements ServiceModule {

    public static final String SERVICE_CODE = "bibblix";
    /** A children's librarian of a municipality that uses Bibblix. */
    public static final String LIBRARIAN = "BIBBLIX_LIBRARIAN";
    public static final String STAFF_PATH = "/bibblix/bibliotekarie";

    @Override
    public String serviceCode() {
        return SERVICE_CODE;
    }

    @Override
    public String basePath() {
        return STAFF_PATH;
    }

    @Override
    public String apiBasePath() {
        return "/api/v1/bibblix";
    }

    @Override
    public List<String> roles() {
        return List.of(LIBRARIAN);
    }
}
