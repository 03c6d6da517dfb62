package se.sambruk.core.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.NavigationLink;
import se.sambruk.core.Roles;
import se.sambruk.core.ServiceAccess;
import se.sambruk.core.ServiceModule;
import se.sambruk.core.catalogue.DigitalService;
import se.sambruk.core.catalogue.ServiceCatalogue;

/**
 * The navigation model, and what the common layout needs on every page: the signed-in user, the
 * main navigation's entries, the services' public pages, and where we are. An entry is listed
 * only where it opens for the user (the rules are here, not in the pages): the councils only for
 * staff and for users whose organisation uses a service (only those may follow a council), a
 * service's pages only while the organisation may use it, a module's link only for its role, and
 * "Bli medlem" for visitors who are not signed in. Added only when a page is rendered, so REST
 * calls and redirects pay nothing for it.
 */
@Component
class LayoutModel implements HandlerInterceptor {

    /**
     * One entry of the main navigation: a message key or, for a service, its name; {@code section}
     * is the path prefix under which the entry is the current one.
     */
    record NavItem(String messageKey, String label, String href, String section, boolean service) {
    }

    /** A service's public page: the service's code and name, the link's message key and path. */
    record PublicPage(String serviceCode, String serviceName, String messageKey, String href) {
    }

    private final ServiceAccess access;
    private final ServiceCatalogue catalogue;
    private final Map<String, ServiceModule> modules;
    private final List<NavigationLink> moduleLinks;
    /** The public pages change only with a new build; the services' names are re-read every few minutes. */
    private final ExpiringValue<List<PublicPage>> publicPages;

    LayoutModel(ServiceAccess access, ServiceCatalogue catalogue, List<ServiceModule> modules, List<NavigationLink> moduleLinks,
                java.time.Clock clock) {
        this.access = access;
        this.catalogue = catalogue;
        this.moduleLinks = List.copyOf(moduleLinks);
        this.modules = modules.stream().collect(Collectors.toMap(ServiceModule::serviceCode, Function.identity()));
        this.publicPages = new ExpiringValue<>(this::readPublicPages, java.time.Duration.ofMinutes(5), clock);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
            return;
        }
        CurrentUser user = CurrentUser.get().orElse(null);
        page.addObject("currentUser", user);
        page.addObject("currentPath", request.getRequestURI());
        page.addObject("navigation", navigation(user));
        page.addObject("publicPages", publicPages());
    }

    /** The main navigation's entries for this user, in order; each one opens for them. */
    List<NavItem> navigation(CurrentUser user) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("nav.services", null, "/services", "/services", false));
        items.add(new NavItem("nav.organisations", null, "/organisations", "/organisations", false));
        items.add(new NavItem("nav.residents", null, "/e-tjanster", "/e-tjanster", false));
        if (user == null) {
            items.add(new NavItem("membership.join.nav", null, "/membership", "/membership", false));
            return items;
        }
        Set<String> usable = user.isStaff() ? Set.of() : access.usableServices(user.organisationId());
        if (user.isStaff() || !usable.isEmpty()) {
            items.add(new NavItem("nav.councils", null, "/councils", "/councils", false));
        }
        if (!usable.isEmpty()) {
            catalogue.findAllByOrderByName().stream().filter(service -> usable.contains(service.getCode()))
                    .forEach(service -> items.add(serviceItem(service)));
        }
        if (user.isStaff()) {
            items.add(new NavItem("nav.admin", null, "/admin", "/admin", false));
        }
        if (user.hasRole(Roles.ORG_ADMIN)) {
            items.add(new NavItem("nav.org", null, "/org/users", "/org/users", false));
        }
        moduleLinks.stream().filter(link -> link.role() == null || user.hasRole(link.role()))
                .forEach(link -> items.add(new NavItem(link.messageKey(), null, link.href(), link.href(), false)));
        return items;
    }

    /** A service the user works in: the module's pages, or the service's workspace page. */
    private NavItem serviceItem(DigitalService service) {
        ServiceModule module = modules.get(service.getCode());
        String href = module != null ? module.basePath() : "/services/" + service.getCode() + "/workspace";
        return new NavItem(null, service.getName(), href, href, true);
    }

    /** Every service module's public pages, by service name. */
    List<PublicPage> publicPages() {
        return publicPages.get();
    }

    private List<PublicPage> readPublicPages() {
        if (modules.values().stream().allMatch(module -> module.publicPages().isEmpty())) {
            return List.of();
        }
        Map<String, String> names = catalogue.findAllByOrderByName().stream()
                .collect(Collectors.toMap(DigitalService::getCode, DigitalService::getName, (a, b) -> a));
        return modules.values().stream()
                .flatMap(module -> module.publicPages().stream().map(link -> new PublicPage(module.serviceCode(),
                        names.getOrDefault(module.serviceCode(), module.serviceCode()), link.messageKey(), link.href())))
                .sorted(Comparator.comparing(PublicPage::serviceName).thenComparing(PublicPage::href))
                .toList();
    }
}
