package se.sambruk.provisum.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.sambruk.core.AuditLog;
import se.sambruk.provisum.cases.Office;
import se.sambruk.provisum.notices.DeadlineNotices;

/** What the daily job sent: reminders and injunctions per case, with the number of guardians mailed. */
@Controller
class ProvisumNoticesController {

    private final Office office;
    private final DeadlineNotices notices;
    private final AuditLog audit;

    ProvisumNoticesController(Office office, DeadlineNotices notices, AuditLog audit) {
        this.office = office;
        this.notices = notices;
        this.audit = audit;
    }

    @GetMapping("/provisum/notices")
    String list(Model model) {
        Office.Scope scope = office.require();
        var sent = notices.sent(scope.municipalities());
        model.addAttribute("sent", sent);
        audit.personalDataRead("provisum.notice.list", null, scope.user().organisationId(), sent.size() + " notices listed");
        return "provisum/notices";
    }
}
