package se.sambruk.core.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
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
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.MemberRegister;
import se.sambruk.core.PublicFormLimits;
import se.sambruk.core.Roles;
import se.sambruk.core.ServiceAccess;
import se.sambruk.core.ServiceModule;
import se.sambruk.core.organisation.Organisations;
import se.sambruk.core.web.NotFoundException;
import se.sambruk.core.web.SearchText;

/**
 * Users, for staff ({@code /admin/users}: every organisation) and for an organisation's
 * administrator ({@code /org/users}: that organisation only, and never the staff role).
 * Reading a user's details is a read of personal data and is audited.
 *
 * <p>Nobody sets another person's password: a new user gets an e-mailed link to choose their own
 * ({@link PasswordLinks}). Staff grant only the core roles, never a service's roles: those the
 * organisation's own administrator grants, and only for services the organisation uses. Outside
 * Sambruk staff create only an organisation's first administrator, and its link goes only to the
 * contact address the member's application gave ({@link MemberRegister#contactAddress}), never to
 * one staff type: no account staff can sign in with ever acts for a municipality. Nobody disables themselves or an
 * organisation's last enabled administrator; a disabled user's sessions end at once.
 */
@Controller
class UserController {

    private final AppUsers users;
    private final UserAccounts accounts;
    private final Organisations organisations;
    private final UserList userList;
    private final AuditLog audit;
    private final List<ServiceModule> modules;
    private final SignedInSessions sessions;
    private final PasswordLinks passwordLinks;
    private final ServiceAccess access;
    private final MemberRegister register;
    private final PublicFormLimits limits;

    UserController(AppUsers users, UserList userList, UserAccounts accounts, Organisations organisations,
                   AuditLog audit, List<ServiceModule> modules, SignedInSessions sessions, PasswordLinks passwordLinks,
                   ServiceAccess access, MemberRegister register, PublicFormLimits limits) {
        this.register = register;
        this.limits = limits;
        this.sessions = sessions;
        this.passwordLinks = passwordLinks;
        this.access = access;
        this.modules = List.copyOf(modules);
        this.userList = userList;
        this.users = users;
        this.accounts = accounts;
        this.organisations = organisations;
        this.audit = audit;
    }

    /**
     * The roles the form offers and accepts: for staff the core roles; for an organisation's
     * administrator the core roles but staff's, and the roles of the services the organisation uses.
     */
    List<String> offeredRoles(Scope scope) {
        if (scope.all()) {
            return Roles.CORE_ROLES;
        }
        List<String> roles = new ArrayList<>(Roles.CORE_ROLES);
        roles.remove(Roles.SAMBRUK_ADMIN);
        var used = access.usableServices(scope.organisationId());
        modules.stream().filter(module -> used.contains(module.serviceCode())).forEach(module -> roles.addAll(module.roles()));
        return roles;
    }

    @GetMapping({"/admin/users", "/org/users"})
    String list(HttpServletRequest request, Model model) {
        Scope scope = scope(request);
        model.addAttribute("users", scope.all() ? userList.all() : userList.ofOrganisation(scope.organisationId()));
        model.addAttribute("base", scope.base());
        return "admin/users";
    }

    @GetMapping({"/admin/users/{id}", "/org/users/{id}"})
    @Transactional(readOnly = true)
    String show(@PathVariable String id, HttpServletRequest request, Model model) {
        Scope scope = scope(request);
        AppUser user = find(id, scope);
        audit.personalDataRead("user", user.getId(), user.getOrganisationId(), "user details");
        model.addAttribute("user", user);
        model.addAttribute("organisation", organisations.findById(user.getOrganisationId()).orElse(null));
        model.addAttribute("lastLogin", user.getLastLoginAt() == null ? null
                : user.getLastLoginAt().atZone(java.time.ZoneId.of("Europe/Stockholm")).toLocalDateTime());
        model.addAttribute("locked", user.getLockedUntil() != null && user.getLockedUntil().isAfter(java.time.Instant.now()));
        model.addAttribute("base", scope.base());
        return "admin/user";
    }

    @PostMapping({"/admin/users/{id}/unlock", "/org/users/{id}/unlock"})
    @Transactional
    String unlock(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
        Scope scope = scope(request);
        AppUser user = find(id, scope);
        user.unlock();
        audit.personalDataChanged("user", user.getId(), user.getOrganisationId(), "unlocked");
        redirect.addFlashAttribute("flashKey", "admin.saved");
        return "redirect:" + scope.base() + "/" + user.getId();
    }

    @PostMapping({"/admin/users/{id}/enabled", "/org/users/{id}/enabled"})
    @Transactional
    String setEnabled(@PathVariable String id, @RequestParam(defaultValue = "false") boolean enabled,
                      HttpServletRequest request, RedirectAttributes redirect) {
        Scope scope = scope(request);
        AppUser user = find(id, scope);
        if (!enabled && user.isEnabled()) {
            String refusal = CurrentUser.require().userId() != null && CurrentUser.require().userId().equals(user.getId()) ? "user.disable.self"
                    : isLastAdministrator(user) ? "user.disable.lastAdmin" : null;
            if (refusal != null) {
                redirect.addFlashAttribute("errorKey", refusal);
                return "redirect:" + scope.base() + "/" + user.getId();
            }
        }
        user.setEnabled(enabled);
        if (!enabled) {
            sessions.end(user.getUsername()); // signed out everywhere at once, not at the idle timeout
        }
        audit.personalDataChanged("user", user.getId(), user.getOrganisationId(), enabled ? "enabled" : "disabled");
        redirect.addFlashAttribute("flashKey", "admin.saved");
        return "redirect:" + scope.base() + "/" + user.getId();
    }

    @GetMapping({"/admin/users/new", "/org/users/new"})
    @Transactional(readOnly = true)
    String newForm(HttpServletRequest request, Model model) {
        return form(model, new UserForm(), scope(request));
    }

    @PostMapping({"/admin/users/new", "/org/users/new"})
    @Transactional
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        Scope scope = scope(request);
        long organisationId = scope.all() ? Optional.ofNullable(form.getOrganisation()).orElse(0L) : scope.organisationId();
        if (!organisations.existsById(organisationId)) {
            errors.rejectValue("organisation", "organisation.unknown");
        }
        Set<String> roles = new LinkedHashSet<>(form.getRoles());
        if (!offeredRoles(scope).containsAll(roles)) {
            errors.rejectValue("roles", "user.roles.invalid");
        } else if (scope.all()) {
            staffRefusal(roles, organisationId).ifPresent(key -> errors.rejectValue("roles", key));
        }
        String email = form.getEmail();
        if (scope.all() && !inAssociation(organisationId)) {
            // staff never choose where a municipality's first administrator's link goes: the member's own contact address
            Optional<String> registered = register.contactAddress(organisationId);
            if (registered.isEmpty()) {
                errors.rejectValue("email", "user.email.noRegisteredAddress");
            } else if (email != null && !email.isBlank() && !email.strip().equalsIgnoreCase(registered.get())) {
                errors.rejectValue("email", "user.email.notTheRegisteredAddress");
            } else {
                email = registered.get();
            }
        } else if (email == null || email.isBlank()) {
            errors.rejectValue("email", "user.email.missing");
        }
        if (form.getUsername() != null && users.existsByUsernameIgnoreCase(form.getUsername().strip())) {
            errors.rejectValue("username", "username.taken");
        }
        if (!errors.hasErrors() && !limits.allow("core.invitation", INVITATIONS, sender(), email)) {
            errors.rejectValue("email", "user.invitations.tooMany");
        }
        if (errors.hasErrors()) {
            return form(model, form, scope);
        }
        AppUser user = accounts.createUser(form.getUsername(), form.getDisplayName(), email, organisationId, roles, null);
        passwordLinks.send(user, true);
        audit.personalDataChanged("user", user.getId(), organisationId, "created, invited by e-mail");
        redirect.addFlashAttribute("flashKey", "password.link.sent");
        return "redirect:" + scope.base() + "/" + user.getId();
    }

    @PostMapping({"/admin/users/{id}/password-link", "/org/users/{id}/password-link"})
    @Transactional
    String sendPasswordLink(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
        Scope scope = scope(request);
        AppUser user = find(id, scope);
        if (user.getEmail() == null || !user.isEnabled()) {
            redirect.addFlashAttribute("errorKey", "user.email.missing");
        } else if (!limits.allow("core.password-link", PASSWORD_LINKS, sender(), user.getEmail())) {
            redirect.addFlashAttribute("errorKey", "password.link.tooMany");
        } else {
            passwordLinks.send(user, false);
            audit.personalDataChanged("user", user.getId(), user.getOrganisationId(), "password link sent");
            redirect.addFlashAttribute("flashKey", "password.link.sent");
        }
        return "redirect:" + scope.base() + "/" + user.getId();
    }

    /** Invitations one user sends a day, and to one address (a mail bomb through the invitation form). */
    static final PublicFormLimits.Limit INVITATIONS = new PublicFormLimits.Limit(50, 3, java.time.Duration.ofDays(1));
    /** Fresh password links one user sends a day, and to one address an hour. */
    static final PublicFormLimits.Limit PASSWORD_LINKS = new PublicFormLimits.Limit(30, 3, java.time.Duration.ofHours(1));

    /** The signed-in sender as the limiter's first key (a user, not a client address: one person, any network). */
    private static String sender() {
        CurrentUser user = CurrentUser.require();
        return "user:" + (user.userId() != null ? user.userId() : user.name());
    }

    /**
     * What staff may not create in another organisation, so that no account staff control ever
     * reaches a municipality's personal data: an administrator once the organisation has one (only
     * its own administrators add users, and only they grant the services' roles), and the staff
     * role outside the association.
     */
    private Optional<String> staffRefusal(Set<String> roles, long organisationId) {
        if (inAssociation(organisationId)) {
            return Optional.empty();
        }
        if (roles.contains(Roles.SAMBRUK_ADMIN)) {
            return Optional.of("user.roles.staffOnlyInAssociation");
        }
        if (!roles.equals(Set.of(Roles.ORG_ADMIN))) {
            // a caseworker or council delegate of staff's making would act for the municipality (a delegate votes in its councils)
            return Optional.of("user.roles.staffOnlyFirstAdministrator");
        }
        if (users.countEnabledWithRole(organisationId, Roles.ORG_ADMIN) > 0) {
            return Optional.of("user.roles.firstAdministratorOnly");
        }
        return Optional.empty();
    }

    private boolean inAssociation(long organisationId) {
        return organisations.findById(organisationId)
                .map(organisation -> organisation.getType() == se.sambruk.core.organisation.OrganisationType.ASSOCIATION).orElse(false);
    }

    /** Whether the user is the last enabled administrator of their organisation (or of staff). */
    private boolean isLastAdministrator(AppUser user) {
        for (String role : List.of(Roles.ORG_ADMIN, Roles.SAMBRUK_ADMIN)) {
            if (user.getRoles().contains(role) && users.countEnabledWithRole(user.getOrganisationId(), role) <= 1) {
                return true;
            }
        }
        return false;
    }

    private String form(Model model, UserForm form, Scope scope) {
        model.addAttribute("form", form);
        model.addAttribute("base", scope.base());
        model.addAttribute("roles", offeredRoles(scope));
        model.addAttribute("organisations", scope.all() ? organisations.findAllByOrderByName() : List.of());
        return "admin/user-form";
    }

    private AppUser find(String id, Scope scope) {
        Optional<Long> parsed = SearchText.parseId(id);
        Optional<AppUser> user = scope.all()
                ? parsed.flatMap(users::findById)
                : parsed.flatMap(value -> users.findByIdAndOrganisationId(value, scope.organisationId()));
        return user.orElseThrow(NotFoundException::new);
    }

    private static Scope scope(HttpServletRequest request) {
        CurrentUser user = CurrentUser.require();
        boolean staffPages = request.getRequestURI().startsWith("/admin/");
        return new Scope(staffPages && user.isStaff(), user.organisationId(), staffPages ? "/admin/users" : "/org/users");
    }

    /** Which users a page may touch: all (staff pages) or one organisation's. */
    private record Scope(boolean all, long organisationId, String base) {
    }

    static class UserForm {
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{user.username.pattern}")
        private String username;
        @NotBlank @Size(max = 200)
        private String displayName;
        @Email @Size(max = 254)
        private String email;
        private Long organisation;
        private List<String> roles = new ArrayList<>();

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public Long getOrganisation() { return organisation; }
        public void setOrganisation(Long organisation) { this.organisation = organisation; }
        public List<String> getRoles() { return roles; }
        public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
    }

}
