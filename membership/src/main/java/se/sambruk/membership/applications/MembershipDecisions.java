package se.sambruk.membership.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.MemberRegister;
import se.sambruk.core.Notifications;

/** The board's decisions and members' resignations, carried into the core's member register. */
@Service
public class MembershipDecisions {

    private final Applications applications;
    private final Resignations resignations;
    private final MemberRegister register;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<Notifications> notifications;

    MembershipDecisions(Applications applications, Resignations resignations, MemberRegister register, AuditLog audit, Clock clock,
                        ObjectProvider<Notifications> notifications) {
        this.notifications = notifications;
        this.applications = applications;
        this.resignations = resignations;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /** Approves: the application is closed and the organisation is a member from the start date. */
    @Transactional
    public void approve(long applicationId, long organisationId, LocalDate boardDecidedOn, LocalDate startsOn,
                        boolean rejoining, String note, String by) {
        Application application = applications.findById(applicationId).orElseThrow();
        application.approve(organisationId, boardDecidedOn, startsOn, rejoining, note, by);
        register.admit(organisationId, startsOn, "Styrelsebeslut " + boardDecidedOn + (rejoining ? ", återinträde" : ""));
        register.recordContactAddress(organisationId, application.getContactEmail());
        audit.record(AuditAction.REGISTER_CHANGED, "membership_application", application.getId(), organisationId, "approved");
        tell(application, "Välkommen som medlem i Sambruk", "Styrelsen beslutade " + boardDecidedOn + " att bevilja "
                + application.getOrganisationName() + " medlemskap i Sambruk från " + startsOn + ". Välkommen!");
    }

    @Transactional
    public void reject(long applicationId, LocalDate boardDecidedOn, String note, String by) {
        Application application = applications.findById(applicationId).orElseThrow();
        application.reject(boardDecidedOn, note, by);
        audit.record(AuditAction.REGISTER_CHANGED, "membership_application", application.getId(), null, "rejected");
        tell(application, "Sambruk: beslut om er ansökan", "Styrelsen beslutade " + boardDecidedOn + " att inte bevilja "
                + application.getOrganisationName() + " medlemskap i Sambruk." + (note == null ? "" : " " + note));
    }

    /** Records the notice; the member stays a member until the end of the notice period. */
    @Transactional
    public Resignation resign(long organisationId, LocalDate noticeReceived, int noticeMonths, String reason, String by) {
        Resignation resignation = resignations.save(new Resignation(organisationId, noticeReceived, noticeMonths, reason, by));
        register.resign(organisationId, resignation.getEndsOn(), "Utträde anmält " + noticeReceived);
        return resignation;
    }

    /** Organisations whose approved application this year's fee treats as a rejoin (half the deposit). */
    @Transactional(readOnly = true)
    public Set<Long> rejoiningOrganisations() {
        return applications.findByStatusAndRejoiningTrue(Application.Status.APPROVED).stream()
                .map(Application::getOrganisationId).collect(Collectors.toSet());
    }

    /** E-mails the applicant's contact person through the outbox, in the decision's transaction. */
    private void tell(Application application, String subject, String text) {
        notifications.ifAvailable(outbox -> outbox.email(application.getContactEmail(), subject, text));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
