package se.sambruk.core.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.organisation.Organisations;
import se.sambruk.core.web.NotFoundException;
import se.sambruk.core.web.SearchText;

/** Staff register municipal systems as OAuth2 clients; the secret is shown once, then only its hash is kept. */
@Controller
class ClientController {

    private final ApiClients clients;
    private final UserAccounts accounts;
    private final Organisations organisations;
    private final AuditLog audit;

    ClientController(ApiClients clients, UserAccounts accounts, Organisations organisations, AuditLog audit) {
        this.clients = clients;
        this.accounts = accounts;
        this.organisations = organisations;
        this.audit = audit;
    }

    @GetMapping("/admin/clients")
    @Transactional(readOnly = true)
    String list(Model model) {
        model.addAttribute("clients", clients.findAllByOrderByClientId());
        model.addAttribute("organisationNames", organisations.namesById());
        return "admin/clients";
    }

    @GetMapping("/admin/clients/new")
    @Transactional(readOnly = true)
    String newForm(Model model) {
        return form(model, new ClientForm());
    }

    @PostMapping("/admin/clients/new")
    @Transactional
    String create(@Valid @ModelAttribute("form") ClientForm form, BindingResult errors, Model model) {
        if (form.getOrganisation() != null && !organisations.existsById(form.getOrganisation())) {
            errors.rejectValue("organisation", "organisation.unknown");
        }
        if (form.getScopes().isEmpty() || !ApiClient.KNOWN_SCOPES.containsAll(form.getScopes())) {
            errors.rejectValue("scopes", "client.scopes.unknown");
        }
        if (form.getClientId() != null && clients.existsByClientId(form.getClientId().strip())) {
            errors.rejectValue("clientId", "client.taken");
        }
        if (errors.hasErrors()) {
            return form(model, form);
        }
        UserAccounts.NewClient created = accounts.registerClient(form.getClientId().strip(), form.getName().strip(),
                form.getOrganisation(), new LinkedHashSet<>(form.getScopes()));
        audit.record(AuditAction.CLIENT_REGISTERED, "api_client", created.client().getClientId(), form.getOrganisation(),
                String.join(" ", form.getScopes()));
        model.addAttribute("created", created);
        return "admin/client-created";
    }

    @PostMapping("/admin/clients/{id}/enabled")
    @Transactional
    String setEnabled(@PathVariable String id, @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
        ApiClient client = SearchText.parseId(id).flatMap(clients::findById).orElseThrow(NotFoundException::new);
        client.setEnabled(enabled);
        audit.record(AuditAction.CLIENT_REGISTERED, "api_client", client.getClientId(), client.getOrganisationId(),
                enabled ? "enabled" : "disabled");
        redirect.addFlashAttribute("flashKey", "admin.saved");
        return "redirect:/admin/clients";
    }

    private String form(Model model, ClientForm form) {
        model.addAttribute("form", form);
        model.addAttribute("organisations", organisations.findAllByOrderByName());
        model.addAttribute("scopes", ApiClient.KNOWN_SCOPES.stream().sorted().toList());
        return "admin/client-form";
    }

    static class ClientForm {
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{client.clientId.pattern}")
        private String clientId;
        @NotBlank @Size(max = 200)
        private String name;
        @NotNull
        private Long organisation;
        private List<String> scopes = new ArrayList<>();

        public String getClientId() { return clientId; }
        public void setClientId(String clientId) { this.clientId = clientId; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Long getOrganisation() { return organisation; }
        public void setOrganisation(Long organisation) { this.organisation = organisation; }
        public List<String> getScopes() { return scopes; }
        public void setScopes(List<String> scopes) { this.scopes = scopes == null ? new ArrayList<>() : scopes; }
    }
}
