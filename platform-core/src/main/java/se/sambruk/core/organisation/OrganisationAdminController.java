package se.sambruk.core.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.web.NotFoundException;
import se.sambruk.core.web.SearchText;

/** Staff keep the register: organisations, their membership of Sambruk and whom they act for. */
@Controller
class OrganisationAdminController {

    private final Organisations organisations;
    private final Members members;
    private final AuditLog audit;

    OrganisationAdminController(Organisations organisations, Members members, AuditLog audit) {
        this.organisations = organisations;
        this.members = members;
        this.audit = audit;
    }

    @GetMapping("/admin/organisations/new")
    String newForm(Model model) {
        return form(model, new OrganisationForm(), null);
    }

    @PostMapping("/admin/organisations/new")
    @Transactional
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        checkUnique(form, null, errors);
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        Organisation organisation = new Organisation(form.getType(), form.getName());
        form.applyTo(organisation);
        organisations.save(organisation);
        saveRelations(organisation, form);
        audit.record(AuditAction.REGISTER_CHANGED, "organisation", organisation.getId(), organisation.getId(), "created");
        redirect.addFlashAttribute("flashKey", "admin.saved");
        return "redirect:/organisations/" + organisation.getId();
    }

    @GetMapping("/admin/organisations/{id}/edit")
    @Transactional(readOnly = true)
    String editForm(@PathVariable String id, Model model) {
        Organisation organisation = find(id);
        List<Long> actsFor = organisations.representedBy(organisation.getId()).stream().map(Organisation::getId).toList();
        return form(model, OrganisationForm.of(organisation, members.findById(organisation.getId()).orElse(null), actsFor), organisation);
    }

    @PostMapping("/admin/organisations/{id}/edit")
    @Transactional
    String update(@PathVariable String id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Organisation organisation = find(id);
        checkUnique(form, organisation.getId(), errors);
        if (errors.hasErrors()) {
            return form(model, form, organisation);
        }
        form.applyTo(organisation);
        saveRelations(organisation, form);
        audit.record(AuditAction.REGISTER_CHANGED, "organisation", organisation.getId(), organisation.getId(), "updated");
        redirect.addFlashAttribute("flashKey", "admin.saved");
        return "redirect:/organisations/" + organisation.getId();
    }

    private void saveRelations(Organisation organisation, OrganisationForm form) {
        var represented = new HashSet<>(organisations.findAllById(form.getActsFor()));
        represented.removeIf(other -> other.getId().equals(organisation.getId()));
        organisation.getActsFor().clear();
        organisation.getActsFor().addAll(represented);
        Optional<Member> member = members.findById(organisation.getId());
        if ("NONE".equals(form.getMemberStatus())) {
            member.ifPresent(members::delete);
            return;
        }
        Member saved = member.orElseGet(() -> new Member(organisation.getId(), MemberStatus.valueOf(form.getMemberStatus()), null));
        saved.setStatus(MemberStatus.valueOf(form.getMemberStatus()));
        saved.setMemberSince(form.getMemberSince());
        saved.setMemberUntil(form.getMemberUntil());
        members.save(saved);
    }

    private void checkUnique(OrganisationForm form, Long id, BindingResult errors) {
        if (form.getName() != null && !form.getName().isBlank()) {
            organisations.findByNameIgnoreCase(form.getName().strip())
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> errors.rejectValue("name", "organisation.name.taken"));
        }
        if (form.getMunicipalityCode() != null && !form.getMunicipalityCode().isBlank()) {
            organisations.findByMunicipalityCode(form.getMunicipalityCode().strip())
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> errors.rejectValue("municipalityCode", "organisation.code.taken"));
        }
        if (form.getMemberSince() != null && form.getMemberUntil() != null && form.getMemberUntil().isBefore(form.getMemberSince())) {
            errors.rejectValue("memberUntil", "member.until.beforeSince");
        }
    }

    private String form(Model model, OrganisationForm form, Organisation organisation) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("memberStatuses", List.of("NONE", "APPLIED", "ACTIVE", "RESIGNING", "FORMER"));
        model.addAttribute("municipalities", organisations.search(OrganisationType.MUNICIPALITY, null,
                org.springframework.data.domain.PageRequest.of(0, 400, org.springframework.data.domain.Sort.by("name"))).getContent());
        return "admin/organisation-form";
    }

    private Organisation find(String id) {
        return SearchText.parseId(id).flatMap(organisations::findById).orElseThrow(NotFoundException::new);
    }
}
