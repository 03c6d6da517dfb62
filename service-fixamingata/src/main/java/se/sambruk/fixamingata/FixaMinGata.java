package se.sambruk.fixamingata;

import java.util.List;

import org.springframework.stereotype.Component;
import se.sambruk.core.NavigationLink;
import se.sambruk.core.ServiceModule;

/**
 * The service in the catalogue. Residents' pages under /fixamingata and the Open311 server are
 * public (see the core's PublicEndpoints); only the staff pages below {@link #basePath()} are
 * gated by subscription.
 */
@Component
public class FixaMinGata implements ServiceModule {

    public static final String SERVICE_CODE = "fixamingata";
    /** A municipality's handler of reports: inbox, answers, moderation, categories. */
    public static final String HANDLER = "FMG_HANDLER";
    public static final String STAFF_PATH = "/fixamingata/handlaggning";

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
        return "/api/v1/fixamingata";
    }

    /** Where residents report a fault and follow the reports: the map and form at /fixamingata. */
    @Override
    public List<NavigationLink> publicPages() {
        return List.of(new NavigationLink("fmg.public.link", "/fixamingata", null));
    }

    @Override
    public List<String> roles() {
        return List.of(HANDLER);
    }
}
