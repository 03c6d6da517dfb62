package se.sambruk.provisum.eservice;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.sambruk.core.AuditAction;
import se.sambruk.core.AuditLog;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.core.residents.SignatureRequest;
import se.sambruk.core.residents.Signatures;

/**
 * The inventory (förteckning, FB 14 kap. 1 §) in the guardians' e-service: for an open inventory
 * case of a principal they are guardian of, the guardian lists the assets and debts on the day of
 * the appointment and signs the list with e-legitimation (the core's Signatures; FB 14 kap. 2 §
 * asks for it "på heder och samvete"). It counts as submitted, registered in the diarium, once each
 * guardian of the principal's current assignments has signed the same content; then it is locked.
 */
@Controller
class InventoryController {

    record Item(long id, String kind, String description, BigDecimal amount) {
    }

    record Inventory(long id, long caseId, long municipalityId, long principalId, String principalName, LocalDate asOf, LocalDate submittedOn,
                     String diaryNumber) {
    }

    private final JdbcTemplate jdbc;
    private final Signatures signatures;
    private final AuditLog audit;
    private final Clock clock;
    private final se.sambruk.provisum.bookkeeping.Bookkeeping books;

    InventoryController(JdbcTemplate jdbc, Signatures signatures, AuditLog audit, Clock clock, se.sambruk.provisum.bookkeeping.Bookkeeping books) {
        this.books = books;
        this.jdbc = jdbc;
        this.signatures = signatures;
        this.audit = audit;
        this.clock = clock;
    }

    /** The guardian's inventory of the case (made on first visit, as of the assignment's start), or 404. */
    private Inventory inventory(long caseId, CurrentResident resident) {
        Optional<Map<String, Object>> found = jdbc.queryForList("""
                select c.id, c.municipality_id, c.principal_id, c.diary_number, p.name, min(a.starts_on) as starts_on from provisum.case_file c
                  join provisum.principal p on p.id = c.principal_id join provisum.assignment a on a.principal_id = p.id
                  join provisum.guardian g on g.id = a.guardian_id
                 where c.id = ? and c.type = 'FORTECKNING' and g.personnummer = ? and (a.ends_on is null or a.ends_on >= ?)
                 group by c.id, c.municipality_id, c.principal_id, c.diary_number, p.name
                """, caseId, resident.personalIdentityNumber().value(), LocalDate.now(clock)).stream().findFirst();
        Map<String, Object> row = found.orElseThrow(GuardianEService.NotYours::new);
        LocalDate asOf = row.get("starts_on") == null ? LocalDate.now(clock) : ((java.sql.Date) row.get("starts_on")).toLocalDate();
        jdbc.update("insert into provisum.inventory (case_id, as_of) values (?, ?) on conflict (case_id) do nothing", caseId, asOf);
        return jdbc.queryForObject("select * from provisum.inventory where case_id = ?", (rs, n) -> new Inventory(rs.getLong("id"), caseId,
                ((Number) row.get("municipality_id")).longValue(), ((Number) row.get("principal_id")).longValue(), (String) row.get("name"), rs.getObject("as_of", LocalDate.class),
                rs.getObject("submitted_on", LocalDate.class), (String) row.get("diary_number")), caseId);
    }

    private List<Item> items(Inventory inventory) {
        return jdbc.query("select * from provisum.inventory_item where inventory_id = ? order by kind, id", (rs, n) -> new Item(rs.getLong("id"),
                rs.getString("kind"), rs.getString("description"), rs.getBigDecimal("amount")), inventory.id());
    }

    /** What each guardian signs: the inventory's items in a fixed order. */
    private byte[] canonical(Inventory inventory, List<Item> items) {
        StringBuilder text = new StringBuilder("forteckning;" + inventory.caseId() + ";" + inventory.asOf());
        for (Item item : items) {
            text.append(';').append(item.kind()).append('|').append(item.description()).append('|').append(item.amount().toPlainString());
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<Long> guardians(Inventory inventory) {
        return jdbc.queryForList("""
                select distinct a.guardian_id from provisum.assignment a join provisum.case_file c on c.principal_id = a.principal_id
                 where c.id = ? and (a.ends_on is null or a.ends_on >= ?) order by 1
                """, Long.class, inventory.caseId(), LocalDate.now(clock));
    }

    private long guardianId(Inventory inventory, CurrentResident resident) {
        return jdbc.queryForObject("""
                select min(g.id) from provisum.guardian g join provisum.assignment a on a.guardian_id = g.id
                  join provisum.case_file c on c.principal_id = a.principal_id where c.id = ? and g.personnummer = ?
                """, Long.class, inventory.caseId(), resident.personalIdentityNumber().value());
    }

    private static String ref(Inventory inventory, long guardianId) {
        return "forteckning/" + inventory.caseId() + "/" + guardianId;
    }

    @GetMapping("/e-tjanster/provisum/forteckningar/{caseId}")
    String show(@PathVariable long caseId, CurrentResident resident, Model model) {
        Inventory inventory = inventory(caseId, resident);
        List<Item> items = items(inventory);
        byte[] content = canonical(inventory, items);
        List<Long> guardians = guardians(inventory);
        long signed = guardians.stream().filter(g -> signatures.valid("provisum", ref(inventory, g), content).isPresent()).count();
        if (inventory.submittedOn() == null && !items.isEmpty() && !guardians.isEmpty() && signed == guardians.size()) {
            jdbc.update("update provisum.inventory set submitted_on = ? where id = ? and submitted_on is null", LocalDate.now(clock), inventory.id());
            jdbc.update("insert into provisum.register_entry (municipality_id, case_id, kind, title, registered_by) values (?, ?, 'SUBMITTED', ?, ?)",
                    inventory.municipalityId(), inventory.caseId(), "Förteckning inlämnad och signerad", "resident:" + resident.id());
            return "redirect:/e-tjanster/provisum/forteckningar/" + caseId;
        }
        model.addAttribute("inventory", inventory);
        model.addAttribute("items", items);
        model.addAttribute("assets", items.stream().filter(i -> "ASSET".equals(i.kind())).map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("debts", items.stream().filter(i -> "DEBT".equals(i.kind())).map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("signedCount", signed);
        model.addAttribute("guardianCount", guardians.size());
        model.addAttribute("mySignature", signatures.valid("provisum", ref(inventory, guardianId(inventory, resident)), content).orElse(null));
        audit.record(AuditAction.PERSONAL_DATA_READ, "resident:" + resident.id(), null, "provisum.inventory", caseId, inventory.municipalityId(),
                "guardian's view, " + items.size() + " items");
        return "provisum/eservice/inventory";
    }

    @PostMapping("/e-tjanster/provisum/forteckningar/{caseId}/poster")
    String add(@PathVariable long caseId, @RequestParam(required = false) String slag, @RequestParam(required = false) String beskrivning,
               @RequestParam(required = false) String belopp, CurrentResident resident, Model model, HttpServletResponse response) {
        Inventory inventory = inventory(caseId, resident);
        String description = beskrivning == null ? "" : beskrivning.strip();
        BigDecimal amount = null;
        try {
            amount = new BigDecimal((belopp == null ? "" : belopp).strip().replaceAll("[\\s\u00a0]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            amount = null;
        }
        boolean valid = inventory.submittedOn() == null && ("ASSET".equals(slag) || "DEBT".equals(slag)) && !description.isEmpty()
                && description.length() <= 200 && amount != null && amount.signum() >= 0 && amount.scale() <= 2
                && amount.compareTo(new BigDecimal("1000000000")) < 0;
        if (!valid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("itemError", inventory.submittedOn() == null ? "provisum.inventory.item.invalid" : "provisum.inventory.locked");
            model.addAttribute("entered", Map.of("beskrivning", description, "belopp", belopp == null ? "" : belopp));
            return show(caseId, resident, model);
        }
        jdbc.update("insert into provisum.inventory_item (inventory_id, kind, description, amount) values (?, ?, ?, ?)", inventory.id(), slag,
                description, amount);
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, "resident:" + resident.id(), null, "provisum.inventory", caseId, inventory.municipalityId(),
                "item added");
        return "redirect:/e-tjanster/provisum/forteckningar/" + caseId;
    }

    /**
     * Prefills the inventory from the bookkeeping: each of the principal's accounts with its balance at
     * the end of the inventory's day (a negative balance as a debt); an account already listed (same
     * description) is skipped. Nothing changes once the inventory is submitted.
     */
    @PostMapping("/e-tjanster/provisum/forteckningar/{caseId}/fran-bokforing")
    String prefill(@PathVariable long caseId, CurrentResident resident, Model model, HttpServletResponse response) {
        Inventory inventory = inventory(caseId, resident);
        var balances = books.balancesOn(inventory.principalId(), inventory.asOf());
        if (inventory.submittedOn() != null || balances.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("itemError", inventory.submittedOn() != null ? "provisum.inventory.locked" : "provisum.inventory.prefill.none");
            return show(caseId, resident, model);
        }
        List<String> listed = items(inventory).stream().map(Item::description).toList();
        int added = 0;
        for (var balance : balances) {
            String number = balance.account().accountNumber();
            String description = ("Bankkonto " + balance.account().name() + (number == null ? "" : " (" + number + ")"));
            description = description.length() > 200 ? description.substring(0, 200) : description;
            if (listed.contains(description)) {
                continue;
            }
            BigDecimal amount = balance.closingOfYear();
            jdbc.update("insert into provisum.inventory_item (inventory_id, kind, description, amount) values (?, ?, ?, ?)", inventory.id(),
                    amount.signum() < 0 ? "DEBT" : "ASSET", description, amount.abs());
            added++;
        }
        audit.record(AuditAction.PERSONAL_DATA_CHANGED, "resident:" + resident.id(), null, "provisum.inventory", caseId, inventory.municipalityId(),
                added + " items from the bookkeeping");
        return "redirect:/e-tjanster/provisum/forteckningar/" + caseId + "?hamtade=" + added;
    }

    @PostMapping("/e-tjanster/provisum/forteckningar/{caseId}/signera")
    String sign(@PathVariable long caseId, CurrentResident resident, Model model, HttpServletResponse response) {
        Inventory inventory = inventory(caseId, resident);
        List<Item> items = items(inventory);
        if (items.isEmpty() || inventory.submittedOn() != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("signError", true);
            return show(caseId, resident, model);
        }
        String summary = "Förteckning över " + inventory.principalName() + "s tillgångar och skulder per " + inventory.asOf()
                + ", " + items.size() + " poster, på heder och samvete";
        return "redirect:" + signatures.request(new SignatureRequest("provisum", ref(inventory, guardianId(inventory, resident)), summary,
                canonical(inventory, items), "/e-tjanster/provisum/forteckningar/" + caseId));
    }
}
