package se.sambruk.tillarbetslivet;

import java.util.List;

import org.springframework.stereotype.Component;
import se.sambruk.core.NavigationLink;
import se.sambruk.core.ServiceModule;

/** Tillarbetslivet in the platform: the coordinators' pages under /tillarbetslivet and its roles. */
@Component
public class Tillarbetslivet implements ServiceModule {

    public static final String SERVICE_CODE = "tillarbetslivet";
    /** A school's or the municipality's coordinator of placements: class lists, periods, places, allocation. */
    public static final String COORDINATOR = "TAL_COORDINATOR";

    @Override
    public String serviceCode() {
        return SERVICE_CODE;
    }

    /** The public page for workplaces and guardians: what prao, praktik and APL are and how to offer a place. */
    @Override
    public List<NavigationLink> publicPages() {
        return List.of(new NavigationLink("tal.public.link", "/prao", null));
    }

    @Override
    public List<String> roles() {
        return List.of(COORDINATOR);
    }
}
