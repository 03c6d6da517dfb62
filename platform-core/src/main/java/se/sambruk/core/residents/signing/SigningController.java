package se.sambruk.core.residents.signing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.residents.signin.SignInFailed;
import se.sambruk.core.residents.signin.SigningStarts;

/**
 * The signing page: the summary the resident is about to sign, with the document's checksum, and
 * a link that asks the provider for a fresh authentication (a link, so that the redirect to the
 * broker is a navigation, which the content security policy's {@code form-action} does not govern).
 */
@Controller
class SigningController {

    private final ResidentSignatures signatures;
    private final SigningStarts starts;

    SigningController(ResidentSignatures signatures, SigningStarts starts) {
        this.signatures = signatures;
        this.starts = starts;
    }

    @GetMapping("/e-tjanster/signera/{token}")
    String confirm(@PathVariable("token") String token, CurrentResident resident, HttpServletRequest request, Model model) {
        PendingSignature pending = signatures.pending(request, token, resident.id()).orElse(null);
        if (pending == null) {
            return "residents/signing-gone";
        }
        model.addAttribute("pending", pending);
        return "residents/signing";
    }

    @GetMapping("/e-tjanster/signera/{token}/e-legitimation")
    String authenticate(@PathVariable("token") String token, CurrentResident resident, HttpServletRequest request,
                        HttpServletResponse response, Model model) {
        PendingSignature pending = signatures.pending(request, token, resident.id()).orElse(null);
        if (pending == null) {
            return "residents/signing-gone";
        }
        try {
            return "redirect:" + starts.start(request, resident.provider(), pending.returnTo(), token, pending.sha256(), pending.summary());
        } catch (SignInFailed failed) {
            response.setStatus(failed.failure().status());
            model.addAttribute("failure", failed.failure());
            model.addAttribute("returnTo", pending.returnTo());
            return "residents/sign-in-failed";
        }
    }

    @GetMapping("/e-tjanster/signera/{token}/avbryt")
    String cancel(@PathVariable("token") String token, CurrentResident resident, HttpServletRequest request) {
        PendingSignature pending = signatures.pending(request, token, resident.id()).orElse(null);
        if (pending == null) {
            return "redirect:/e-tjanster";
        }
        signatures.abandon(request, token);
        return "redirect:" + ResidentSignatures.withParameter(pending.returnTo(), "avbruten");
    }
}
