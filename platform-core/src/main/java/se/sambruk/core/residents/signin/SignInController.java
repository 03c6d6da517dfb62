package se.sambruk.core.residents.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.residents.CurrentResident;

/**
 * Residents' sign-in: the choice of provider, the authorization request (a plain link, so the
 * redirect to the broker is a navigation and not a form post that the content security policy's
 * {@code form-action 'self'} would stop), the provider's answer, sign-out, the resident's own
 * sign-in log, and a form kept over an ended session.
 */
@Controller
class SignInController {

    private final ResidentProviders providers;
    private final ResidentOidcClient oidc;
    private final ResidentSession session;
    private final ResidentRegistry registry;
    private final AuditLog audit;
    private final Clock clock;
    private final java.util.List<SignatureCallback> signatures;

    SignInController(ResidentProviders providers, ResidentOidcClient oidc, ResidentSession session, ResidentRegistry registry,
                     AuditLog audit, Clock clock, java.util.List<SignatureCallback> signatures) {
        this.providers = providers;
        this.oidc = oidc;
        this.session = session;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
        this.signatures = signatures;
    }

    @GetMapping("/e-tjanster/logga-in")
    String choose(@RequestParam(name = "fortsatt", required = false) String returnTo,
                  @RequestParam(name = "utgangen", required = false) String ended,
                  HttpServletRequest request, Model model) {
        String target = ReturnPath.of(returnTo);
        if (CurrentUser.get().isEmpty() && session.current(request).isPresent()) {
            return "redirect:" + target;
        }
        model.addAttribute("providers", providers.all());
        model.addAttribute("returnTo", target);
        model.addAttribute("ended", ended != null);
        model.addAttribute("staffSignedIn", staffSignedIn(request));
        return "residents/sign-in";
    }

    @GetMapping("/e-tjanster/logga-in/{provider}")
    String start(@PathVariable("provider") String providerId, @RequestParam(name = "fortsatt", required = false) String returnTo,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        if (staffSignedIn(request)) {
            return "redirect:/e-tjanster/logga-in";
        }
        try {
            ResidentOidcClient.Started started = oidc.start(providerId, redirectUri(providerId), ReturnPath.of(returnTo), null, null, null);
            session.addPending(request, started.pending());
            return "redirect:" + started.authorizationUrl();
        } catch (SignInFailed failed) {
            return failure(failed, providerId, null, response, model);
        }
    }

    @GetMapping("/e-tjanster/logga-in/{provider}/svar")
    String answer(@PathVariable("provider") String providerId,
                  @RequestParam(name = "code", required = false) String code,
                  @RequestParam(name = "state", required = false) String state,
                  @RequestParam(name = "error", required = false) String error,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<PendingAuthorization> found = session.takePending(request, state);
        if (found.isEmpty() || !found.get().providerId().equals(providerId)) {
            return failure(new SignInFailed(SignInFailure.STATE_MISMATCH, "no pending request with this state for " + providerId),
                    providerId, null, response, model);
        }
        PendingAuthorization pending = found.get();
        SignedInResident signer = null;
        if (pending.isSignature()) {
            signer = session.current(request).orElse(null);
            if (signer == null) {
                return "redirect:" + se.sambruk.core.residents.Residents.signInPath(pending.returnTo());
            }
        }
        if (error != null) {
            if (pending.isSignature()) {
                audit(AuditAction.LOGIN_FAILURE, signer.actor(), signer.id(), "signature cancelled at " + providerId + ": " + error);
                return "redirect:" + callback().cancelled(request, pending);
            }
            SignInFailure failure = "access_denied".equals(error) || "cancelled".equals(error)
                    ? SignInFailure.CANCELLED : SignInFailure.PROVIDER_ERROR;
            return failure(new SignInFailed(failure, "provider answered error=" + error), providerId, pending, response, model);
        }
        if (code == null || code.isBlank()) {
            return failure(new SignInFailed(SignInFailure.PROVIDER_ERROR, "no code"), providerId, pending, response, model);
        }
        VerifiedIdentity identity;
        try {
            identity = oidc.complete(pending, code);
        } catch (SignInFailed failed) {
            return failure(failed, providerId, pending, response, model);
        }
        if (pending.isSignature()) {
            if (!signer.personalIdentityNumber().equals(identity.identity().personalIdentityNumber().value())) {
                return failure(new SignInFailed(SignInFailure.WRONG_SIGNER, "another person authenticated"), providerId, pending,
                        response, model);
            }
            return "redirect:" + callback().signed(request, pending, identity, signer);
        }
        Instant now = clock.instant();
        IdentityClaims person = identity.identity();
        long id = registry.signedIn(person, now);
        boolean protectedIdentity = person.protectedIdentity() || registry.hasProtectedIdentity(person.personalIdentityNumber());
        Optional<Long> ended = session.endedResident(request);
        session.signIn(request, new SignedInResident(id, person.personalIdentityNumber().value(), person.givenName(), person.surname(),
                protectedIdentity, providerId, identity.authenticatedAt(), now));
        audit(AuditAction.LOGIN_SUCCESS, SignedInResident.actor(id), id, "e-legitimation via " + providerId
                + (protectedIdentity ? ", protected identity" : ""));
        Optional<KeptForm> kept = session.keptForm(request);
        if (kept.isPresent() && ended.isPresent() && kept.get().residentId().equals(id)) {
            return "redirect:" + ResidentEntryPoint.CONTINUE_KEPT_FORM;
        }
        session.dropKeptForm(request);
        return "redirect:" + ReturnPath.of(pending.returnTo());
    }

    /** Sign-out; also answers a resident whose session already ended. */
    @PostMapping("/e-tjanster/logga-ut")
    String signOut(HttpServletRequest request) {
        session.current(request).ifPresent(resident ->
                audit(AuditAction.LOGOUT, resident.actor(), resident.id(), "e-legitimation"));
        session.signOut(request);
        return "redirect:/e-tjanster?utloggad";
    }

    @GetMapping("/e-tjanster/mina-inloggningar")
    String log(CurrentResident resident, Model model) {
        model.addAttribute("entries", registry.log(resident.id(), 100));
        return "residents/sign-in-log";
    }

    /** The form the resident was sending when the session ended, to send on (with a fresh CSRF token). */
    @GetMapping(ResidentEntryPoint.CONTINUE_KEPT_FORM)
    String keptForm(CurrentResident resident, HttpServletRequest request, Model model) {
        Optional<KeptForm> kept = session.keptForm(request).filter(form -> form.residentId().equals(resident.id()));
        session.dropKeptForm(request);
        if (kept.isEmpty()) {
            return "redirect:/e-tjanster";
        }
        model.addAttribute("kept", kept.get());
        return "residents/kept-form";
    }

    /** Keeps the session alive (the timeout warning's button) and says until when. */
    @GetMapping("/e-tjanster/session")
    String sessionState(CurrentResident resident) {
        return "residents/session";
    }

    private SignatureCallback callback() {
        if (signatures.isEmpty()) {
            throw new IllegalStateException("no SignatureCallback");
        }
        return signatures.get(0);
    }

    private String failure(SignInFailed failed, String providerId, PendingAuthorization pending, HttpServletResponse response, Model model) {
        audit(AuditAction.LOGIN_FAILURE, "invånare", null, "e-legitimation via " + providerId + ": " + failed.getMessage());
        response.setStatus(failed.failure().status());
        model.addAttribute("failure", failed.failure());
        model.addAttribute("returnTo", pending == null ? ReturnPath.HOME : ReturnPath.of(pending.returnTo()));
        return "residents/sign-in-failed";
    }

    private void audit(AuditAction action, String actor, Long residentId, String detail) {
        audit.record(action, actor, null, "resident", residentId, null, detail);
    }

    private static boolean staffSignedIn(HttpServletRequest request) {
        return CurrentUser.get().isPresent() || (request.getSession(false) != null && request.getSession(false)
                .getAttribute(org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null);
    }

    private static String redirectUri(String providerId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/e-tjanster/logga-in/{provider}/svar")
                .buildAndExpand(providerId).toUriString();
    }
}
