package se.sambruk.fixamingata.category;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.fixamingata.EmailAddresses;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.http.OutgoingUrls;
import se.sambruk.fixamingata.FixaMinGata;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.CategoryQuestions;

/**
 * A municipality's handlers manage its categories: where each one's reports go and the extra
 * questions residents answer. Scoped to the handler's organisation; another's category is a 404.
 */
@Controller
@RequestMapping(CategoryController.PATH)
class CategoryController {

    static final String PATH = FixaMinGata.STAFF_PATH + "/kategorier";

    private final Categories categories;
    private final CategoryQuestions questions;
    private final AuditLog audit;
    private final OutgoingUrls outgoing;

    CategoryController(Categories categories, CategoryQuestions questions, AuditLog audit, OutgoingUrls outgoing) {
        this.categories = categories;
        this.outgoing = outgoing;
        this.questions = questions;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = handler();
        model.addAttribute("categories", categories.all(user.organisationId()));
        model.addAttribute("questions", questions.ofOrganisation(user.organisationId()));
        return "fixamingata/staff/categories";
    }

    @GetMapping("/ny")
    String newCategory(Model model) {
        handler();
        CategoryForm form = new CategoryForm();
        form.addSpareRows();
        return form(form, null, model);
    }

    @PostMapping
    String create(@ModelAttribute("categoryForm") CategoryForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        CurrentUser user = handler();
        Checked checked = check(form, errors, null);
        if (checked == null) {
            return form(form, null, model);
        }
        long id;
        try {
            id = categories.create(user.organisationId(), checked.name(), checked.method(), checked.sendTo(), checked.sendKey(),
                    checked.externalCode(), form.isActive());
        } catch (DuplicateKeyException taken) {
            errors.rejectValue("name", "fmg.categories.name.taken");
            return form(form, null, model);
        }
        questions.replace(user.organisationId(), id, checked.questions());
        audit.record(AuditAction.REGISTER_CHANGED, "fixamingata.category", id, user.organisationId(), "category " + checked.name() + " routed by " + checked.method());
        flash.addFlashAttribute("flashKey", "fmg.categories.saved");
        return "redirect:" + PATH;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Category category = category(id);
        CategoryForm form = CategoryForm.of(category, questions.of(id));
        form.addSpareRows();
        return form(form, category, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("categoryForm") CategoryForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        Category category = category(id);
        Checked checked = check(form, errors, category);
        if (checked == null) {
            return form(form, category, model);
        }
        try {
            categories.update(category.organisationId(), id, checked.name(), checked.method(), checked.sendTo(), checked.sendKey(),
                    checked.externalCode(), form.isActive());
        } catch (DuplicateKeyException taken) {
            errors.rejectValue("name", "fmg.categories.name.taken");
            return form(form, category, model);
        }
        questions.replace(category.organisationId(), id, checked.questions());
        audit.record(AuditAction.REGISTER_CHANGED, "fixamingata.category", id, category.organisationId(), "category " + checked.name() + " routed by " + checked.method());
        flash.addFlashAttribute("flashKey", "fmg.categories.saved");
        return "redirect:" + PATH;
    }

    private String form(CategoryForm form, Category category, Model model) {
        model.addAttribute("categoryForm", form);
        model.addAttribute("category", category);
        model.addAttribute("methods", Category.SendMethod.values());
        return "fixamingata/staff/category";
    }

    /** What is saved, once every field is right. */
    private record Checked(String name, Category.SendMethod method, String sendTo, String sendKey, String externalCode,
                           List<CategoryQuestions.QuestionInput> questions) {
    }

    /** Checks every field; null (with the errors) when something is wrong. A blank key keeps the stored one of the same method. */
    private Checked check(CategoryForm form, BindingResult errors, Category existing) {
        // every address the form carries, whichever method is chosen: none may point inside
        outgoing.reject(errors, "open311Url", form.getOpen311Url());
        outgoing.reject(errors, "serviceNowUrl", form.getServiceNowUrl());
        String name = text(errors, "name", form.getName(), 100, true);
        Category.SendMethod method = null;
        try {
            method = form.getMethod() == null ? null : Category.SendMethod.valueOf(form.getMethod());
        } catch (IllegalArgumentException unknown) {
            // stays null
        }
        String sendTo = null, sendKey = null, externalCode = null;
        boolean keyStored = existing != null && existing.sendMethod() == method && existing.sendKey() != null;
        if (method == null) {
            errors.rejectValue("method", "fmg.categories.method.missing");
        } else if (method == Category.SendMethod.EMAIL) {
            sendTo = text(errors, "email", form.getEmail(), 320, true);
            if (sendTo != null && !EmailAddresses.valid(sendTo)) {
                errors.rejectValue("email", "fmg.email.invalid");
            }
        } else if (method == Category.SendMethod.OPEN311) {
            sendTo = url(errors, "open311Url", form.getOpen311Url());
            sendKey = text(errors, "open311Key", form.getOpen311Key(), 200, !keyStored);
            externalCode = text(errors, "open311Code", form.getOpen311Code(), 100, true);
        } else {
            sendTo = url(errors, "serviceNowUrl", form.getServiceNowUrl());
            sendKey = text(errors, "serviceNowCredentials", form.getServiceNowCredentials(), 200, !keyStored);
            if (sendKey != null && (sendKey.indexOf(':') < 1 || sendKey.endsWith(":"))) {
                errors.rejectValue("serviceNowCredentials", "fmg.categories.credentials.invalid");
            }
            externalCode = text(errors, "serviceNowCategory", form.getServiceNowCategory(), 100, false);
        }
        List<CategoryQuestions.QuestionInput> questionInputs = new ArrayList<>();
        List<CategoryForm.QuestionRow> rows = form.getQuestions() == null ? List.of() : form.getQuestions();
        for (int i = 0; i < rows.size(); i++) {
            CategoryForm.QuestionRow row = rows.get(i);
            if (row == null) {
                continue;
            }
            String label = text(errors, "questions[" + i + "].label", row.getLabel(), 200, false);
            if (label != null) {
                questionInputs.add(new CategoryQuestions.QuestionInput(row.getId(), label, row.isRequired()));
            }
        }
        if (questionInputs.size() > CategoryForm.MAX_QUESTIONS) {
            errors.reject("fmg.categories.questions.tooMany");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Checked(name, method, sendTo, sendKey, externalCode, questionInputs);
    }

    /** The stripped text; null when blank (an error if required) or wrong. */
    private static String text(BindingResult errors, String field, String value, int max, boolean required) {
        if (errors.hasFieldErrors(field)) {
            return null;
        }
        if (value == null || value.isBlank()) {
            if (required) {
                errors.rejectValue(field, "fmg.categories.required");
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.rejectValue(field, "fmg.text.tooLong");
            return null;
        }
        if (stripped.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            errors.rejectValue(field, "fmg.text.control");
            return null;
        }
        return stripped;
    }

    private static String url(BindingResult errors, String field, String value) {
        String text = text(errors, field, value, 500, true);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
            }
        } catch (URISyntaxException notAUrl) {
            // the error below
        }
        errors.rejectValue(field, "fmg.categories.url.invalid");
        return null;
    }

    private Category category(long id) {
        CurrentUser user = handler();
        return categories.findOfOrganisation(id, user.organisationId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static CurrentUser handler() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(FixaMinGata.HANDLER)) {
            throw new AccessDeniedException("FMG_HANDLER needed");
        }
        return user;
    }
}
