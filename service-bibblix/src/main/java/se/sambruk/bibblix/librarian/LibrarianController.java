package se.sambruk.bibblix.librarian;

import java.util.Arrays;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.bibblix.catalogue.Catalogue;
import se.sambruk.bibblix.catalogue.CatalogueStore;
import se.sambruk.bibblix.catalogue.Title;
import se.sambruk.bibblix.loan.LoanHousekeeping;
import se.sambruk.core.CurrentUser;

/** The librarians' overview and the catalogue: titles, selection, blurbs, categories, ages, featuring. */
@Controller
class LibrarianController {

    private final Librarians librarians;
    private final Catalogue catalogue;
    private final CatalogueStore store;
    private final LoanHousekeeping housekeeping;
    private final java.time.Clock clock;

    LibrarianController(Librarians librarians, Catalogue catalogue, CatalogueStore store, LoanHousekeeping housekeeping, java.time.Clock clock) {
        this.librarians = librarians;
        this.catalogue = catalogue;
        this.store = store;
        this.housekeeping = housekeeping;
        this.clock = clock;
    }

    @GetMapping("/bibblix/bibliotekarie")
    String overview(Model model) {
        CurrentUser user = librarians.require();
        model.addAttribute("contentManager", librarians.isContentManager(user));
        model.addAttribute("selectedCount", catalogue.selectedCount());
        model.addAttribute("preview", housekeeping.preview(user.organisationId(), clock.instant()));
        model.addAttribute("log", housekeeping.log(user.organisationId()));
        return "bibblix/librarian/overview";
    }

    @GetMapping("/bibblix/bibliotekarie/titlar")
    String titles(@RequestParam(required = false) String q, @RequestParam(name = "visa", required = false) String state, Model model) {
        CurrentUser user = librarians.require();
        String text = q == null ? "" : q.strip();
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        String shown = state != null && Arrays.asList("selected", "candidates", "ineligible").contains(state) ? state : "all";
        model.addAttribute("q", text);
        model.addAttribute("state", shown);
        model.addAttribute("titles", catalogue.forLibrarians(text, shown, 200));
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("contentManager", librarians.isContentManager(user));
        return "bibblix/librarian/titles";
    }

    @GetMapping("/bibblix/bibliotekarie/titlar/{id}")
    String title(@PathVariable long id, Model model) {
        CurrentUser user = librarians.require();
        Title title = catalogue.title(id).orElseThrow(Librarians.NotFound::new);
        model.addAttribute("titleForm", TitleForm.of(title));
        return page(title, user, model);
    }

    private String page(Title title, CurrentUser user, Model model) {
        model.addAttribute("book", title);
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("contentManager", librarians.isContentManager(user));
        return "bibblix/librarian/title";
    }

    @PostMapping("/bibblix/bibliotekarie/titlar/{id}")
    String save(@PathVariable long id, @ModelAttribute("titleForm") TitleForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        CurrentUser user = librarians.requireContentManager();
        Title title = catalogue.title(id).orElseThrow(Librarians.NotFound::new);
        String blurb = form.getBlurb() == null ? null : form.getBlurb().strip();
        String tip = form.getPaperTip() == null ? null : form.getPaperTip().strip();
        if (blurb != null && blurb.length() > 2000) {
            errors.rejectValue("blurb", "bibblix.lib.blurb.tooLong");
        }
        if (tip != null && tip.length() > 500) {
            errors.rejectValue("paperTip", "bibblix.lib.paperTip.tooLong");
        }
        if (!errors.hasFieldErrors("ageFrom") && form.getAgeFrom() != null && (form.getAgeFrom() < 0 || form.getAgeFrom() > 19)) {
            errors.rejectValue("ageFrom", "bibblix.lib.age.invalid");
        }
        if (!errors.hasFieldErrors("ageTo") && form.getAgeTo() != null && (form.getAgeTo() < 0 || form.getAgeTo() > 19)) {
            errors.rejectValue("ageTo", "bibblix.lib.age.invalid");
        }
        if (!errors.hasFieldErrors("ageFrom") && !errors.hasFieldErrors("ageTo") && form.getAgeFrom() != null && form.getAgeTo() != null
                && form.getAgeFrom() > form.getAgeTo()) {
            errors.rejectValue("ageTo", "bibblix.lib.age.order");
        }
        if (!errors.hasFieldErrors("categoryId") && form.getCategoryId() != null && catalogue.category(form.getCategoryId()).isEmpty()) {
            errors.rejectValue("categoryId", "bibblix.lib.category.invalid");
        }
        if (!errors.hasFieldErrors("easierTitleId") && form.getEasierTitleId() != null
                && (form.getEasierTitleId() == id || catalogue.visible(form.getEasierTitleId()).isEmpty())) {
            errors.rejectValue("easierTitleId", "bibblix.lib.easier.invalid");
        }
        if (errors.hasErrors()) {
            return page(title, user, model);
        }
        store.edit(id, blurb == null || blurb.isEmpty() ? null : blurb, form.getCategoryId(), form.getAgeFrom(), form.getAgeTo(),
                form.isFeatured(), form.getEasierTitleId(), tip == null || tip.isEmpty() ? null : tip);
        flash.addFlashAttribute("flashKey", "bibblix.lib.saved");
        return "redirect:/bibblix/bibliotekarie/titlar/" + id;
    }

    @PostMapping("/bibblix/bibliotekarie/titlar/{id}/val")
    String select(@PathVariable long id, @RequestParam(name = "valj", defaultValue = "true") boolean selected, RedirectAttributes flash) {
        librarians.requireContentManager();
        catalogue.title(id).orElseThrow(Librarians.NotFound::new);
        store.select(id, selected);
        flash.addFlashAttribute("flashKey", "bibblix.lib.saved");
        return "redirect:/bibblix/bibliotekarie/titlar/" + id;
    }

    @PostMapping("/bibblix/bibliotekarie/titlar/valj-alla")
    String selectAll(RedirectAttributes flash) {
        librarians.requireContentManager();
        flash.addFlashAttribute("selectedAll", store.selectAllEligible());
        return "redirect:/bibblix/bibliotekarie/titlar?visa=selected";
    }
}
