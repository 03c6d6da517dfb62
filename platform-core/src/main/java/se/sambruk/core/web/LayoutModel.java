package se.sambruk.core.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.NavigationLink;
import se.sambruk.core.ServiceAccess;
import se.sambruk.core.ServiceModule;
import se.sambruk.core.catalogue.DigitalService;
import se.sambruk.core.catalogue.ServiceCatalogue;

/**
 * What the common layout needs on every page: the signed-in user, the services the user may
 * reach, and where we are. Added only when a page is rendered, so REST calls and redirects pay
 * nothing for it.
 */
@Component
class LayoutModel implements HandlerInterceptor {

    private final ServiceAccess access;
    private final ServiceCatalogue catalogue;
    private final Map<String, ServiceModule> modules;
    private final List<NavigationLink> moduleLinks;

    LayoutModel(ServiceAccess access, ServiceCatalogue catalogue, List<ServiceModule> modules, List<NavigationLink> moduleLinks) {
        this.access = access;
        this.catalogue = catalogue;
        this.moduleLinks = List.copyOf(moduleLinks);
        this.modules = modules.stream().collect(Collectors.toMap(ServiceModule::serviceCode, Function.identity()));
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
            return;
        }
        CurrentUser user = CurrentUser.get().orElse(null);
        page.addObject("currentUser", user);
        page.addObject("currentPath", request.getRequestURI());
        page.addObject("navServices", navServices(user));
        page.addObject("navModules", user == null ? List.of()
                : moduleLinks.stream().filter(link -> link.role() == null || user.hasRole(link.role())).toList());
    }

    /** Links to the services the signed-in user works in: the module's pages, or the service's workspace page. */
    private List<NavLink> navServices(CurrentUser user) {
        if (user == null || user.isStaff()) {
            return List.of();
        }
        var codes = access.usableServices(user.organisationId());
        if (codes.isEmpty()) {
            return List.of();
        }
        return catalogue.findAllByOrderByName().stream()
                .filter(service -> codes.contains(service.getCode()))
                .map(this::link)
                .toList();
    }

    private NavLink link(DigitalService service) {
        ServiceModule module = modules.get(service.getCode());
        String href = module != null ? module.basePath() : "/services/" + service.getCode() + "/workspace";
        return new NavLink(service.getName(), href);
    }

    record NavLink(String label, String href) {
    }
}
