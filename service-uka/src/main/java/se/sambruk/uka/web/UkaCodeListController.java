package se.sambruk.uka.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.CurrentUser;
import se.sambruk.uka.people.CodeLists;

/** The municipality's code lists (seeded with SCB's categories): a caseworker may rename, add or retire codes. */
@Controller
class UkaCodeListController {

    private final CodeLists codes;

    UkaCodeListController(CodeLists codes) {
        this.codes = codes;
    }

    @GetMapping("/uka/koder")
    String show(Model model) {
        CurrentUser user = UkaCaseworker.require();
        java.util.Map<String, Object> lists = new java.util.LinkedHashMap<>();
        for (String list : java.util.List.of(CodeLists.CONTACT_WAY, CodeLists.ACTION_CATEGORY, CodeLists.ACTION_END_REASON, CodeLists.END_REASON)) {
            lists.put(list, codes.list(user.organisationId(), list));
        }
        model.addAttribute("lists", lists);
        return "uka/codes";
    }

    @PostMapping("/uka/koder")
    String save(@RequestParam(name = "list", required = false) String list, @RequestParam(name = "code", required = false) String code,
                @RequestParam(name = "label", required = false) String label,
                @RequestParam(name = "active", defaultValue = "false") boolean active, RedirectAttributes flash) {
        CurrentUser user = UkaCaseworker.require();
        if (list == null || !CodeLists.LISTS.contains(list) || code == null || !code.strip().matches("[A-Z0-9_]{1,40}")
                || label == null || label.isBlank() || label.strip().length() > 200) {
            flash.addFlashAttribute("problem", "uka.codes.invalid");
            return "redirect:/uka/koder";
        }
        codes.save(user.organisationId(), list, code.strip(), label.strip(), active);
        flash.addFlashAttribute("notice", "uka.codes.saved");
        return "redirect:/uka/koder";
    }
}
