package se.sambruk.multifraga.web;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.ServiceAccess;
import se.sambruk.multifraga.sources.CertificateFile;
import se.sambruk.multifraga.sources.ClientCertificates;

/** The municipality's client certificate for the agencies (MF_ADMIN): its subject and validity, and uploading a new one. */
@Controller
class CertificateController {

    private final ClientCertificates certificates;
    private final ServiceAccess access;
    private final AuditLog audit;

    CertificateController(ClientCertificates certificates, ServiceAccess access, AuditLog audit) {
        this.certificates = certificates;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/multifraga/certifikat")
    String show(Model model) {
        CurrentUser user = Caseworker.requireAdmin(access);
        return page(user, model);
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("certificate", certificates.info(user.organisationId()).orElse(null));
        model.addAttribute("now", Instant.now());
        return "multifraga/certificate";
    }

    @PostMapping("/multifraga/certifikat")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, @RequestParam(name = "password", required = false) String password,
                  Model model, HttpServletResponse response) throws IOException {
        CurrentUser user = Caseworker.requireAdmin(access);
        try {
            byte[] bytes = file == null || file.isEmpty() || file.getSize() > 100_000 ? new byte[0] : file.getBytes();
            CertificateFile certificate = CertificateFile.read(bytes, password == null ? "" : password);
            certificates.store(user.organisationId(), certificate, user.name(), Instant.now());
            audit.record(AuditAction.REGISTER_CHANGED, "multifraga.client_certificate", user.organisationId(), user.organisationId(),
                    "klientcertifikat " + certificate.subject() + ", giltigt till " + certificate.notAfter());
        } catch (CertificateFile.Unreadable e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.messageKey());
            return page(user, model);
        }
        return "redirect:/multifraga/certifikat";
    }
}
