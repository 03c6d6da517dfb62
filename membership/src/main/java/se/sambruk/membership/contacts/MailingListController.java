package se.sambruk.membership.contacts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.AuditLog;
import se.sambruk.core.MemberRegister;
import se.sambruk.core.ServiceSubscriptions;
import se.sambruk.core.documents.Downloads;
import se.sambruk.core.documents.PersonalData;
import se.sambruk.core.documents.Table;
import se.sambruk.membership.web.Ids;

/**
 * Staff: the members' contact people, and mailing lists per area of activity and per service
 * (the contacts of the members that use it). Lists hold only people who consented.
 */
@Controller
class MailingListController {

    private final Contacts contacts;
    private final MemberRegister register;
    private final ServiceSubscriptions subscriptions;
    private final AuditLog audit;
    private final Clock clock;
    private final Downloads downloads;

    MailingListController(Contacts contacts, MemberRegister register, ServiceSubscriptions subscriptions, AuditLog audit, Clock clock,
                          Downloads downloads) {
        this.downloads = downloads;
        this.contacts = contacts;
        this.register = register;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.clock = clock;
    }

    /** A row of a list: the contact and the name of its organisation. */
    public record Row(Contact contact, String organisation) {
    }

    @GetMapping("/admin/membership/contacts")
    @Transactional(readOnly = true)
    String page(@RequestParam(required = false) String area, @RequestParam(required = false) String service, Model model) {
        Optional<Area> chosenArea = Ids.parseEnum(Area.class, area);
        String chosenService = knownService(service);
        List<Row> rows = rows(chosenArea, chosenService, false);
        audit.personalDataRead("membership_contact", null, null, "contact list " + chosenArea.map(Enum::name).orElse("all")
                + (chosenService == null ? "" : " " + chosenService));
        model.addAttribute("rows", rows);
        model.addAttribute("areas", Area.values());
        model.addAttribute("services", subscriptions.services());
        model.addAttribute("area", chosenArea.orElse(null));
        model.addAttribute("service", chosenService);
        model.addAttribute("consenting", rows.stream().filter(row -> row.contact().isConsent()).count());
        return "membership/contacts";
    }

    /** The mailing list: consenting contacts of members, for the area and/or the service chosen. */
    @GetMapping("/admin/membership/contacts/mailing-list.csv")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> mailingList(@RequestParam(required = false) String area, @RequestParam(required = false) String service) {
        Optional<Area> chosenArea = Ids.parseEnum(Area.class, area);
        String chosenService = knownService(service);
        List<Row> rows = rows(chosenArea, chosenService, true);
        Table table = Table.of("Utskick", List.of("organisation", "omrade", "namn", "titel", "e-post", "telefon"), rows.stream()
                .map(row -> java.util.Arrays.asList(row.organisation(), AREA_NAMES.get(row.contact().getArea()), row.contact().getName(),
                        row.contact().getTitle(), row.contact().getEmail(), row.contact().getPhone())).toList());
        String name = "utskick" + chosenArea.map(chosen -> "-" + chosen.name().toLowerCase()).orElse("")
                + (chosenService == null ? "" : "-" + chosenService) + ".csv";
        return downloads.csv(name, table, PersonalData.of("membership_contact", null, "mailing list "
                + chosenArea.map(Enum::name).orElse("all") + (chosenService == null ? "" : " " + chosenService)));
    }

    static final Map<Area, String> AREA_NAMES = Map.of(Area.SCHOOL, "Skola", Area.SOCIAL_SUPPORT, "Stöd och bistånd",
            Area.CULTURE_PARTICIPATION, "Kultur och delaktighet", Area.TRAFFIC_PROPERTY, "Trafik och fastighet",
            Area.IT_DIGITALISATION, "IT/digitalisering", Area.MANAGEMENT, "Ledning");

    private List<Row> rows(Optional<Area> area, String service, boolean consentingOnly) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> members = new java.util.HashMap<>();
        register.memberships().stream().filter(membership -> membership.isMemberOn(today))
                .forEach(membership -> members.put(membership.organisationId(), membership.organisation().name()));
        Map<Long, Set<String>> usage = service == null ? Map.of() : subscriptions.usageOn(today);
        return contacts.findAllByOrderByOrganisationIdAscAreaAsc().stream()
                .filter(contact -> members.containsKey(contact.getOrganisationId()))
                .filter(contact -> !consentingOnly || contact.isConsent())
                .filter(contact -> area.map(chosen -> contact.getArea() == chosen).orElse(true))
                .filter(contact -> service == null || usage.getOrDefault(contact.getOrganisationId(), Set.of()).contains(service))
                .map(contact -> new Row(contact, members.get(contact.getOrganisationId())))
                .sorted(Comparator.comparing(Row::organisation).thenComparing(row -> row.contact().getArea()))
                .toList();
    }

    private String knownService(String service) {
        return service == null ? null : subscriptions.services().stream().map(ServiceSubscriptions.ServiceRef::code)
                .filter(code -> code.equals(service.strip())).findFirst().orElse(null);
    }
}
