package se.sambruk.core.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> oidcProviders;

    LoginController(ObjectProvider<ClientRegistrationRepository> oidcProviders) {
        this.oidcProviders = oidcProviders;
    }

    @GetMapping("/login")
    String login(Model model) {
        List<OidcProvider> providers = new ArrayList<>();
        if (oidcProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new OidcProvider(client.getRegistrationId(), client.getClientName()));
            }
        }
        model.addAttribute("oidcProviders", providers);
        return "login";
    }

    record OidcProvider(String id, String name) {
    }
}
