package residentcheck;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.residents.EService;
import se.sambruk.core.residents.SignatureRequest;
import se.sambruk.core.residents.Signatures;

/**
 * (Outside se.sambruk so that component scanning does not find it; tests import it.)
 * A service's e-service as the developer guide writes one, under /e-tjanster/provtjanst: the
 * resident's own document (a line of text), saved and signed through the core's Signatures, and
 * a page that shows whether the signature still covers the document.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ResidentCheckModule {

    @Bean
    EService provtjanstEService() {
        return new EService("provtjanst", "residents.start.title", "residents.start.lead");
    }

    @Controller
    static class ProvtjanstController {

        static final Map<Long, String> DOCUMENTS = new ConcurrentHashMap<>();

        private final Signatures signatures;

        ProvtjanstController(Signatures signatures) {
            this.signatures = signatures;
        }

        @GetMapping("/e-tjanster/provtjanst")
        String show(CurrentResident resident, Model model) {
            String document = DOCUMENTS.getOrDefault(resident.id(), "");
            model.addAttribute("resident", resident);
            model.addAttribute("document", document);
            model.addAttribute("signature", signatures.valid("provtjanst", "dokument/" + resident.id(), bytes(document)).orElse(null));
            model.addAttribute("latest", signatures.latest("provtjanst", "dokument/" + resident.id()).orElse(null));
            return "provtjanst";
        }

        @PostMapping("/e-tjanster/provtjanst/dokument")
        String save(@RequestParam(name = "text", defaultValue = "") String text, CurrentResident resident) {
            DOCUMENTS.put(resident.id(), text.length() > 500 ? text.substring(0, 500) : text);
            return "redirect:/e-tjanster/provtjanst";
        }

        @PostMapping("/e-tjanster/provtjanst/signera")
        String sign(CurrentResident resident) {
            String document = DOCUMENTS.getOrDefault(resident.id(), "");
            return "redirect:" + signatures.request(new SignatureRequest("provtjanst", "dokument/" + resident.id(),
                    "Jag intygar att uppgifterna stämmer: " + document, bytes(document), "/e-tjanster/provtjanst"));
        }

        private static byte[] bytes(String document) {
            return document.getBytes(StandardCharsets.UTF_8);
        }
    }
}
