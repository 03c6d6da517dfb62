package se.sambruk.egil.web;

import java.io.IOException;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.egil.suppliers.PinnedTrustManager;
import se.sambruk.egil.suppliers.Selection;
import se.sambruk.egil.suppliers.Supplier;
import se.sambruk.egil.suppliers.SupplierConnections;
import se.sambruk.egil.suppliers.Suppliers;
import se.sambruk.egil.sync.ScimType;
import se.sambruk.egil.sync.SyncRun;
import se.sambruk.egil.sync.SyncRuns;
import se.sambruk.egil.sync.SyncService;
import se.sambruk.egil.sync.TransferHistory;

@Controller
class SupplierController {

    private static final int PAGE_SIZE = 50;

    private final Suppliers suppliers;
    private final SupplierConnections connections;
    private final SyncService sync;
    private final SyncRuns runs;
    private final TransferHistory history;
    private final AuditLog audit;
    private final OutgoingUrls outgoing;

    SupplierController(Suppliers suppliers, SupplierConnections connections, SyncService sync, SyncRuns runs, TransferHistory history,
                       AuditLog audit, OutgoingUrls outgoing) {
        this.outgoing = outgoing;
        this.suppliers = suppliers;
        this.connections = connections;
        this.sync = sync;
        this.runs = runs;
        this.history = history;
        this.audit = audit;
    }

    @GetMapping("/egil/suppliers/new")
    String newSupplier(Model model) {
        EgilAdmin.require();
        model.addAttribute("supplierForm", new SupplierForm());
        model.addAttribute("supplier", null);
        return "egil/supplier-form";
    }

    @PostMapping("/egil/suppliers")
    String create(@Valid @ModelAttribute("supplierForm") SupplierForm form, BindingResult errors,
                  @RequestParam(name = "clientCertificate", required = false) MultipartFile certificate, Model model,
                  RedirectAttributes flash) throws IOException {
        CurrentUser user = EgilAdmin.require();
        Supplier supplier = new Supplier(user.organisationId(), "", "");
        if (!apply(form, errors, certificate, supplier, true)) {
            model.addAttribute("supplier", null);
            return "egil/supplier-form";
        }
        suppliers.save(supplier);
        flash.addFlashAttribute("flashKey", "egil.supplier.saved");
        return "redirect:/egil/suppliers/" + supplier.getId();
    }

    @GetMapping("/egil/suppliers/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Supplier supplier = supplier(id);
        model.addAttribute("supplierForm", SupplierForm.of(supplier));
        model.addAttribute("supplier", supplier);
        return "egil/supplier-form";
    }

    @PostMapping("/egil/suppliers/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("supplierForm") SupplierForm form, BindingResult errors,
                  @RequestParam(name = "clientCertificate", required = false) MultipartFile certificate, Model model,
                  RedirectAttributes flash) throws IOException {
        Supplier supplier = supplier(id);
        if (!apply(form, errors, certificate, supplier, false)) {
            model.addAttribute("supplier", supplier);
            return "egil/supplier-form";
        }
        suppliers.save(supplier);
        flash.addFlashAttribute("flashKey", "egil.supplier.saved");
        return "redirect:/egil/suppliers/" + id;
    }

    @GetMapping("/egil/suppliers/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        Supplier supplier = supplier(id);
        int safePage = Math.max(0, Math.min(page, 100_000));
        Map<ScimType, Integer> held = history.heldCounts(supplier.getOrganisationId(), id);
        var recentRuns = runs.findTop20BySupplierIdOrderByStartedAtDesc(id);
        model.addAttribute("supplier", supplier);
        model.addAttribute("held", held);
        model.addAttribute("runs", recentRuns);
        model.addAttribute("lastRun", recentRuns.isEmpty() ? null : recentRuns.get(0));
        model.addAttribute("failures", recentRuns.isEmpty() ? java.util.List.of()
                : history.failures(supplier.getOrganisationId(), recentRuns.get(0).getId()));
        model.addAttribute("recent", history.recent(supplier.getOrganisationId(), id));
        var accounts = history.accounts(supplier.getOrganisationId(), id, safePage, PAGE_SIZE);
        model.addAttribute("accounts", accounts);
        model.addAttribute("page", safePage);
        model.addAttribute("hasNext", accounts.size() == PAGE_SIZE);
        if (!accounts.isEmpty()) {
            audit.personalDataRead("egil.supplier.accounts", id, supplier.getOrganisationId(), "page " + safePage);
        }
        return "egil/supplier";
    }

    @GetMapping("/egil/suppliers/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        Supplier supplier = supplier(id);
        SyncService.Preview preview = sync.preview(supplier);
        model.addAttribute("supplier", supplier);
        model.addAttribute("preview", preview);
        model.addAttribute("students", preview.desired().objects().values().stream()
                .filter(o -> o.type() == ScimType.STUDENT || o.type() == ScimType.TEACHER).limit(200).toList());
        audit.personalDataRead("egil.supplier.preview", id, supplier.getOrganisationId(), "selection preview");
        return "egil/preview";
    }

    @PostMapping("/egil/suppliers/{id}/sync")
    String start(@PathVariable long id) {
        Supplier supplier = supplier(id);
        SyncRun run = sync.start(supplier, SyncRun.Trigger.MANUAL, CurrentUser.require().name());
        return "redirect:/egil/runs/" + run.getId();
    }

    @PostMapping("/egil/suppliers/{id}/rebuild")
    String rebuild(@PathVariable long id) {
        Supplier supplier = supplier(id);
        SyncRun run = sync.rebuild(supplier, CurrentUser.require().name());
        return "redirect:/egil/runs/" + run.getId();
    }

    private Supplier supplier(long id) {
        CurrentUser user = EgilAdmin.require();
        return suppliers.findByIdAndOrganisationId(id, user.organisationId()).orElseThrow(EgilAdmin.NotFound::new);
    }

    private boolean apply(SupplierForm form, BindingResult errors, MultipartFile certificate, Supplier supplier, boolean isNew)
            throws IOException {
        Selection selection = null;
        try {
            selection = Selection.parse(form.getSchoolUnitIds(), form.getSchoolTypes(), "", form.getGroupTypes(), "", form.isIncludeTeachers(), "");
        } catch (IllegalArgumentException e) {
            errors.rejectValue("schoolUnitIds", "egil.validation.uuids", new Object[] {e.getMessage()}, null);
        }
        for (String field : new String[] {"groupIds", "excludedPersonIds"}) {
            try {
                Selection.parse("", "", "", "", field.equals("groupIds") ? form.getGroupIds() : form.getExcludedPersonIds(), true, "");
            } catch (IllegalArgumentException e) {
                errors.rejectValue(field, "egil.validation.uuids", new Object[] {e.getMessage()}, null);
            }
        }
        try {
            Selection.parse("", "", form.getSchoolYears(), "", "", true, "");
        } catch (IllegalArgumentException e) {
            errors.rejectValue("schoolYears", "egil.validation.years", new Object[] {e.getMessage()}, null);
        }
        outgoing.reject(errors, "baseUrl", form.getBaseUrl());
        outgoing.reject(errors, "federationMetadataUrl", form.getFederationMetadataUrl());
        boolean newCertificate = certificate != null && !certificate.isEmpty();
        byte[] certificateBytes = newCertificate ? certificate.getBytes() : null;
        boolean simulated = supplier.isSimulated();
        if (!simulated && form.getAuthKind() == Supplier.AuthKind.MTLS_PIN && (form.getPinSha256() == null || !PinnedTrustManager.isValid(form.getPinSha256()))) {
            errors.rejectValue("pinSha256", "egil.validation.pin");
        }
        if (!simulated && form.getAuthKind() == Supplier.AuthKind.MTLS_FEDERATION) {
            if (blank(form.getFederationMetadataUrl())) {
                errors.rejectValue("federationMetadataUrl", "egil.validation.required");
            }
            if (blank(form.getFederationSigningKey())) {
                errors.rejectValue("federationSigningKey", "egil.validation.required");
            }
            if (blank(form.getFederationEntityId())) {
                errors.rejectValue("federationEntityId", "egil.validation.required");
            }
        }
        if (!simulated && form.getAuthKind() != Supplier.AuthKind.API_KEY && !newCertificate && !supplier.hasClientCertificate()) {
            errors.rejectValue("clientCertificatePassword", "egil.validation.certificate");
        }
        if (!simulated && form.getAuthKind() == Supplier.AuthKind.API_KEY) {
            if (blank(form.getApiKeyHeader())) {
                errors.rejectValue("apiKeyHeader", "egil.validation.required");
            }
            if (blank(form.getApiKey()) && !supplier.hasApiKey()) {
                errors.rejectValue("apiKey", "egil.validation.required");
            }
        }
        if (newCertificate && !errors.hasFieldErrors("clientCertificatePassword")) {
            try {
                connections.storeClientCertificate(supplier, certificateBytes, form.getClientCertificatePassword());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("clientCertificatePassword", "egil.validation.pkcs12");
            }
        }
        if (errors.hasErrors()) {
            return false;
        }
        supplier.setName(form.getName().trim());
        supplier.setBaseUrl(form.getBaseUrl().trim());
        supplier.setAuthKind(form.getAuthKind());
        supplier.setPinSha256(blank(form.getPinSha256()) ? null : form.getPinSha256().trim());
        supplier.setApiKeyHeader(blank(form.getApiKeyHeader()) ? null : form.getApiKeyHeader().trim());
        if (!blank(form.getApiKey())) {
            connections.storeApiKey(supplier, form.getApiKey().trim());
        }
        supplier.setFederationMetadataUrl(blank(form.getFederationMetadataUrl()) ? null : form.getFederationMetadataUrl().trim());
        supplier.setFederationSigningKey(blank(form.getFederationSigningKey()) ? null : form.getFederationSigningKey().trim());
        supplier.setFederationEntityId(blank(form.getFederationEntityId()) ? null : form.getFederationEntityId().trim());
        supplier.setDnp(form.isDnp());
        supplier.setEnabled(form.isEnabled());
        supplier.select(Selection.parse(form.getSchoolUnitIds(), form.getSchoolTypes(), form.getSchoolYears(), form.getGroupTypes(),
                form.getGroupIds(), form.isIncludeTeachers(), form.getExcludedPersonIds()));
        supplier.setMaxDeletes(form.getMaxDeletes());
        supplier.setMaxChangePercent(form.getMaxChangePercent());
        supplier.setDeletionDelayDays(form.getDeletionDelayDays());
        supplier.setRequestsPerSecond(form.getRequestsPerSecond());
        supplier.setMaxInFlight(form.getMaxInFlight());
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
