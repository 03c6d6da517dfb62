package se.sambruk.core.organisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.MemberRegister;

/** The core's member register ({@code core.member}) behind the {@link MemberRegister} API. */
@Component
class RegisterOfMembers implements MemberRegister {

    private final Members members;
    private final Organisations organisations;
    private final AuditLog audit;

    RegisterOfMembers(Members members, Organisations organisations, AuditLog audit) {
        this.members = members;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Membership> memberships() {
        Map<Long, Organisation> byId = organisations.findAll().stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
        return members.findAll().stream()
                .filter(member -> byId.containsKey(member.getOrganisationId()))
                .map(member -> membership(member, byId.get(member.getOrganisationId())))
                .sorted(Comparator.comparing(membership -> membership.organisation().name()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Membership> membership(long organisationId) {
        return members.findById(organisationId)
                .flatMap(member -> organisations.findById(organisationId).map(organisation -> membership(member, organisation)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationRef> organisations() {
        return organisations.findAllByOrderByName().stream().map(RegisterOfMembers::ref).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationRef> organisation(long organisationId) {
        return organisations.findById(organisationId).map(RegisterOfMembers::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationRef> organisationNamed(String name) {
        return name == null || name.isBlank() ? Optional.empty() : organisations.findByNameIgnoreCase(name.strip()).map(RegisterOfMembers::ref);
    }

    @Override
    @Transactional
    public void admit(long organisationId, LocalDate memberSince, String note) {
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId));
        Member member = members.findById(organisationId).orElseGet(() -> new Member(organisation.getId(), MemberStatus.ACTIVE, memberSince));
        member.setStatus(MemberStatus.ACTIVE);
        member.setMemberSince(memberSince);
        member.setMemberUntil(null);
        member.setNote(note);
        members.save(member);
        audit.record(AuditAction.REGISTER_CHANGED, "member", organisationId, organisationId, "admitted from " + memberSince);
    }

    @Override
    @Transactional
    public boolean recordContactAddress(long organisationId, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        Member member = members.findById(organisationId).orElse(null);
        if (member == null || member.getContactEmail() != null) {
            return false;
        }
        member.setContactEmail(email.strip());
        audit.record(AuditAction.REGISTER_CHANGED, "member", organisationId, organisationId, "contact address recorded from the membership application");
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> contactAddress(long organisationId) {
        return members.findById(organisationId).map(Member::getContactEmail);
    }

    @Override
    @Transactional
    public void resign(long organisationId, LocalDate memberUntil, String note) {
        Member member = members.findById(organisationId)
                .filter(Member::isActive)
                .orElseThrow(() -> new IllegalStateException("Organisation " + organisationId + " is not a member"));
        member.setStatus(MemberStatus.RESIGNING);
        member.setMemberUntil(memberUntil);
        member.setNote(note);
        audit.record(AuditAction.REGISTER_CHANGED, "member", organisationId, organisationId, "resigns, member until " + memberUntil);
    }

    @Override
    @Transactional
    public int endMembershipsBefore(LocalDate day) {
        int ended = 0;
        for (Member member : members.findByStatusIn(java.util.EnumSet.of(MemberStatus.ACTIVE, MemberStatus.RESIGNING))) {
            if (member.getMemberUntil() != null && member.getMemberUntil().isBefore(day)) {
                member.setStatus(MemberStatus.FORMER);
                audit.record(AuditAction.REGISTER_CHANGED, "system", null, "member", member.getOrganisationId(),
                        member.getOrganisationId(), "membership ended " + member.getMemberUntil());
                ended++;
            }
        }
        return ended;
    }

    private static Membership membership(Member member, Organisation organisation) {
        return new Membership(ref(organisation), member.getStatus().name(), member.getMemberSince(), member.getMemberUntil());
    }

    private static OrganisationRef ref(Organisation organisation) {
        return new OrganisationRef(organisation.getId(), organisation.getName(), organisation.getType().name(),
                organisation.getPopulation(), organisation.getMunicipalityCode());
    }
}
