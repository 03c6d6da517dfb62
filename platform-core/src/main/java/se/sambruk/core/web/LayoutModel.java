package se.sambruk.core.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.ServiceAccess;
import se.sambruk.core.ServiceModule;
import se.sambruk.core.catalogue.DigitalService;
import se.sambruk.core.catalogue.ServiceCatalogue;

/** What the common layout needs on every page: the services the user may reach, and where we are. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final ServiceAccess access;
    private final ServiceCatalogue catalogue;
    private final Map<String, ServiceModule> modules;

    LayoutModel(ServiceAccess access, ServiceCatalogue catalogue, List<ServiceModule> modules) {
        this.access = access;
        this.catalogue = catalogue;
        this.modules = modules.stream().collect(Collectors.toMap(ServiceModule::serviceCode, Function.identity()));
    }

    /** Links to the services the signed-in user works in: the module's pages, or the service's workspace page. */
    @ModelAttribute("navServices")
    List<NavLink> navServices() {
        return CurrentUser.get()
                .filter(user -> !user.isStaff())
                .map(user -> access.usableServices(user.organisationId()))
                .map(codes -> catalogue.findAllByOrderByName().stream()
                        .filter(service -> codes.contains(service.getCode()))
                        .map(this::link)
                        .toList())
                .orElse(List.of());
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    private NavLink link(DigitalService service) {
        ServiceModule module = modules.get(service.getCode());
        String href = module != null ? module.basePath() : "/services/" + service.getCode() + "/workspace";
        return new NavLink(service.getName(), href);
    }

    record NavLink(String label, String href) {
    }
}
