package se.sambruk.membership.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.sambruk.core.MemberRegister;
import se.sambruk.core.ServiceSubscriptions;
import se.sambruk.membership.applications.MembershipDecisions;
import se.sambruk.membership.orders.Ordering;

/**
 * Demo data for the membership administration (with the demo profile), after the core's demo data:
 * the plan's 109 members, applications in the queue, a member that has given notice, contacts per
 * area, an approved order being onboarded and one waiting, the plan's networks, webinars, project
 * ideas and the Teckal record. Names of people are made up; loaded once, into an empty schema.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("sambruk.demo.enabled")
class MembershipDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MembershipDemoData.class);
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** The plan: 109 members at the start of 2022. */
    static final int PLAN_MEMBERS = 109;
    /** Kept out of the register so that the demo (kiruna) and the tests have non-members to try. */
    static final Set<String> NEVER_MEMBERS = Set.of("Kiruna", "Arjeplog", "Gällivare", "Jokkmokk", "Haparanda", "Sorsele", "Dorotea");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MemberRegister register;
    private final ServiceSubscriptions subscriptions;
    private final MembershipDecisions decisions;
    private final Ordering ordering;
    private final Clock clock;

    MembershipDemoData(JdbcTemplate jdbc, TransactionTemplate transactions, MemberRegister register, ServiceSubscriptions subscriptions,
                       MembershipDecisions decisions, Ordering ordering, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.register = register;
        this.subscriptions = subscriptions;
        this.decisions = decisions;
        this.ordering = ordering;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("select count(*) from membership.network", Long.class) > 0) {
            return;
        }
        transactions.executeWithoutResult(status -> load());
        log.info("Membership demo data loaded: {} members", register.memberships().stream()
                .filter(membership -> membership.isMemberOn(LocalDate.now(clock))).count());
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        Map<String, MemberRegister.OrganisationRef> byName = register.organisations().stream()
                .collect(Collectors.toMap(MemberRegister.OrganisationRef::name, organisation -> organisation));
        List<MemberRegister.OrganisationRef> added = fillToPlan(byName);

        // applications: two in the queue, one decided this year
        application("Kiruna kommun", "212000-2817", "MUNICIPALITY", "Karin Lindqvist", "karin.lindqvist@kiruna.example",
                "Vi vill använda FixaMinGata och delta i nätverket för digital signering tillsammans med andra kommuner i norr.", today.minusDays(12));
        application("Gällivare kommun", null, "MUNICIPALITY", "Per Niemi", "per.niemi@gallivare.example",
                "Vi är en liten kommun och vill dela kostnaden för digitala tjänster med andra; Tillarbetslivet är intressant för våra skolor.", today.minusDays(3));
        if (!added.isEmpty()) {
            MemberRegister.OrganisationRef newest = added.get(added.size() - 1);
            jdbc.update("""
                    insert into membership.application (organisation_name, organisation_kind, contact_name, contact_email, motivation,
                      submitted_at, status, organisation_id, board_decided_on, starts_on, decided_by, decided_at)
                    values (?, 'MUNICIPALITY', 'Eva Holm', 'eva.holm@example.se', 'Vi vill vara med och styra de tjänster vi använder.',
                      ?, 'APPROVED', ?, ?, ?, 'admin', ?)
                    """, newest.name() + " kommun", Timestamp.valueOf(today.minusMonths(3).atStartOfDay()), newest.id(),
                    today.minusMonths(2), today.minusMonths(2).withDayOfMonth(1), Timestamp.valueOf(today.minusMonths(2).atStartOfDay()));
            // a member gives notice this year: the dashboard flags it as lost
            MemberRegister.OrganisationRef leaving = added.get(0);
            decisions.resign(leaving.id(), LocalDate.of(year - 1, 11, 15), 12, "Prioriterar andra samarbeten", "admin");
        }

        contacts(byName, today);
        orders(byName, today);
        networks(byName, today);
        ideas(byName);
        control(year);
    }

    /** Members up to the plan's 109: municipalities not in the plan's service lists, joined 2012–2021. */
    private List<MemberRegister.OrganisationRef> fillToPlan(Map<String, MemberRegister.OrganisationRef> byName) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> members = register.memberships().stream().filter(membership -> membership.isMemberOn(today))
                .map(MemberRegister.Membership::organisationId).collect(Collectors.toSet());
        List<MemberRegister.OrganisationRef> candidates = byName.values().stream()
                .filter(organisation -> "MUNICIPALITY".equals(organisation.type()) && !members.contains(organisation.id())
                        && !NEVER_MEMBERS.contains(organisation.name()))
                .sorted(java.util.Comparator.comparing(MemberRegister.OrganisationRef::municipalityCode))
                .toList();
        List<MemberRegister.OrganisationRef> added = new ArrayList<>();
        for (int i = 0; i < candidates.size() && members.size() + added.size() < PLAN_MEMBERS; i += 7) {
            MemberRegister.OrganisationRef organisation = candidates.get(i);
            register.admit(organisation.id(), LocalDate.of(2012 + added.size() % 10, 1 + added.size() % 12, 1), "Demodata");
            added.add(organisation);
        }
        return added;
    }

    private void application(String name, String orgNumber, String kind, String contact, String email, String motivation, LocalDate submitted) {
        jdbc.update("""
                insert into membership.application (organisation_name, org_number, organisation_kind, contact_name, contact_email, motivation, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """, name, orgNumber, kind, contact, email, motivation, Timestamp.valueOf(submitted.atTime(9, 30)));
    }

    private static final String[] FIRST = {"Anna", "Erik", "Maria", "Johan", "Sara", "Lars", "Emma", "Karl", "Lena", "Nils", "Sofia", "Olof"};
    private static final String[] LAST = {"Andersson", "Berg", "Carlsson", "Dahl", "Ek", "Forsberg", "Gustafsson", "Holm", "Isaksson", "Jonsson", "Lund", "Åberg"};
    private static final String[] AREAS = {"SCHOOL", "SOCIAL_SUPPORT", "CULTURE_PARTICIPATION", "TRAFFIC_PROPERTY", "IT_DIGITALISATION", "MANAGEMENT"};
    private static final String[] TITLES = {"Skolchef", "Socialchef", "Kulturchef", "Gatuchef", "IT-strateg", "Kommundirektör"};

    /** Contact people: Malmö (the demo administrator's) in five of six areas; other members in some. */
    private void contacts(Map<String, MemberRegister.OrganisationRef> byName, LocalDate today) {
        List<MemberRegister.Membership> members = register.memberships().stream().filter(membership -> membership.isMemberOn(today)).toList();
        int n = 0;
        for (MemberRegister.Membership member : members) {
            boolean malmo = member.organisation().name().equals("Malmö");
            int areas = malmo ? 5 : 1 + (int) (member.organisationId() % 4);
            for (int a = 0; a < areas; a++) {
                int area = malmo ? a : (int) ((member.organisationId() + a * 2) % AREAS.length);
                String first = FIRST[n % FIRST.length], last = LAST[(n / FIRST.length + n) % LAST.length];
                String domain = member.organisation().name().toLowerCase().replace("å", "a").replace("ä", "a").replace("ö", "o")
                        .replaceAll("[^a-z]", "") + ".example";
                jdbc.update("""
                        insert into membership.contact (organisation_id, area, name, title, email, consent, consent_at, consent_by)
                        values (?, ?, ?, ?, ?, ?, ?, 'demo')
                        """, member.organisationId(), AREAS[area], first + " " + last, TITLES[area],
                        (first + "." + last).toLowerCase().replace("å", "a").replace("ä", "a").replace("ö", "o") + "@" + domain,
                        n % 5 != 0, n % 5 != 0 ? Timestamp.valueOf(today.atStartOfDay()) : null);
                n++;
            }
        }
    }

    /** Stockholm's order of Multifråga approved and half onboarded; Malmö's order of EGIL waiting. */
    private void orders(Map<String, MemberRegister.OrganisationRef> byName, LocalDate today) {
        MemberRegister.OrganisationRef stockholm = byName.get("Stockholm");
        if (stockholm != null && ordering.refusal(stockholm.id(), "multifraga").isEmpty()) {
            var order = ordering.order(stockholm.id(), "multifraga", LocalDate.of(today.getYear(), 1, 1),
                    "Vi vill börja med uppslag mot Försäkringskassan och CSN.", "demo");
            ordering.approve(order.getId(), LocalDate.of(today.getYear(), 1, 1), "admin");
            jdbc.update("""
                    update membership.onboarding_step set done_at = now(), done_by = 'admin'
                     where order_id = ? and step in ('SERVICE_AGREEMENT', 'DATA_PROCESSING_AGREEMENT', 'CONTACT_PEOPLE')
                    """, order.getId());
        }
        MemberRegister.OrganisationRef malmo = byName.get("Malmö");
        if (malmo != null && ordering.refusal(malmo.id(), "egil").isEmpty()) {
            ordering.order(malmo.id(), "egil", today.plusMonths(2).withDayOfMonth(1), "Inför läromedelsupphandlingen till hösten.", "malmo");
        }
    }

    private void networks(Map<String, MemberRegister.OrganisationRef> byName, LocalDate today) {
        LocalDate now = LocalDate.now(clock);
        List<Long> memberMunicipalities = register.memberships().stream()
                .filter(membership -> membership.isMemberOn(now) && "MUNICIPALITY".equals(membership.organisation().type()))
                .map(MemberRegister.Membership::organisationId).sorted().toList();
        Object[][] plan = {
                {"Digital signering", "Erfarenheter av digital signering tillsammans med Kivos-nätverket; Högskolan i Skövde deltar.", 23, 0},
                {"Strategiska krav på elevregister", "Gemensamma krav inför upphandling av elevregister, med SS 12000 och BoL.", 21, 5},
                {"Digidel", "Digital delaktighet: ALL DIGITAL Week, e-Medborgarveckan och Digidelcenter.", 26, 11},
                {"IoT", "Sakernas internet i kommunal verksamhet; fyra kommuner har visat intresse.", 4, 17},
                {"Skolfederation", "Seminarier om Skolfederation tillsammans med Internetstiftelsen.", 14, 23},
        };
        for (Object[] network : plan) {
            Long id = jdbc.queryForObject("insert into membership.network (name, description) values (?, ?) returning id", Long.class,
                    network[0], network[1]);
            int count = (Integer) network[2], offset = (Integer) network[3];
            Set<Long> chosen = new HashSet<>();
            for (int i = 0; chosen.size() < Math.min(count, memberMunicipalities.size()); i++) {
                chosen.add(memberMunicipalities.get((offset + i * 3) % memberMunicipalities.size()));
            }
            for (Long organisation : chosen) {
                jdbc.update("insert into membership.network_participant (network_id, organisation_id) values (?, ?)", id, organisation);
            }
            if (network[0].equals("IoT")) {
                jdbc.update("insert into membership.network_participant (network_id, organisation_id, person_name, email) values (?, ?, ?, ?)",
                        id, byName.get("Malmö").id(), "Maja Nätverk", "maja.natverk@malmo.example");
            }
        }
        Long digidel = jdbc.queryForObject("select id from membership.network where name = 'Digidel'", Long.class);
        event(null, "WEBINAR", "Webbinarium: FixaMinGata för nya kommuner", "Så fungerar felanmälan med Open311 och vad införandet kräver.",
                today.plusDays(14), 10, 11, "Teams");
        event(null, "WEBINAR", "Webbinarium: Bibblix – e-böcker för barn", "Presentation av tjänsten och hur biblioteken kommer igång.",
                today.plusDays(30), 13, 14, "Teams");
        event(digidel, "SEMINAR", "Digidel: ALL DIGITAL Week", "Planering av veckan tillsammans med Digidelcenter.", today.plusDays(45), 9, 12, "Stockholm");
        event(null, "CONFERENCE", "Sambruks digitala konferens", "Årets digitala konferens för medlemmarna.", today.plusMonths(3), 9, 16, "Digitalt");
        Long past = event(digidel, "WEBINAR", "Digidel: e-Medborgarveckan", "Erfarenheter från förra årets vecka.", today.minusDays(20), 10, 11, "Teams");
        int i = 0;
        for (Long organisation : memberMunicipalities.subList(0, Math.min(12, memberMunicipalities.size()))) {
            jdbc.update("insert into membership.event_registration (event_id, organisation_id, name, email, attended) values (?, ?, ?, ?, ?)",
                    past, organisation, FIRST[i % FIRST.length] + " " + LAST[i % LAST.length], "deltagare" + i + "@kommun.example", i % 4 != 0);
            i++;
        }
    }

    private Long event(Long network, String kind, String title, String description, LocalDate day, int fromHour, int toHour, String location) {
        return jdbc.queryForObject("""
                insert into membership.event (network_id, kind, title, description, starts_at, ends_at, location)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, network, kind, title, description,
                Timestamp.from(day.atTime(LocalTime.of(fromHour, 0)).atZone(STOCKHOLM).toInstant()),
                Timestamp.from(day.atTime(LocalTime.of(toHour, 0)).atZone(STOCKHOLM).toInstant()), location);
    }

    /** The plan's project ideas. */
    private void ideas(Map<String, MemberRegister.OrganisationRef> byName) {
        long malmo = byName.get("Malmö").id();
        long jonkoping = byName.getOrDefault("Jönköping", byName.get("Malmö")).id();
        Long valghalla = jdbc.queryForObject("""
                insert into membership.project_idea (title, description, proposed_by, status, innovative, no_market_actor, broad_benefit, inquiry_published_on)
                values ('Valadministration med OS2 (Valghalla 2.0)', 'Ett system för valadministration tillsammans med danska OS2, byggt på Valghalla.', ?, 'INQUIRY', true, true, true, ?) returning id
                """, Long.class, malmo, LocalDate.now(clock).minusDays(20));
        jdbc.update("insert into membership.idea_interest (idea_id, organisation_id, funding_percent, note) values (?, ?, 30, 'Kan ta en tredjedel'), (?, ?, 20, null)",
                valghalla, malmo, valghalla, jonkoping);
        jdbc.update("""
                insert into membership.project_idea (title, description, proposed_by, status, innovative, no_market_actor, broad_benefit)
                values ('Ärendehantering för kommunala lantmäterimyndigheter (KLM)', 'Ett gemensamt ärendehanteringssystem för de 40 kommunala lantmäterimyndigheterna.', ?, 'PROPOSED', null, null, null)
                """, jonkoping);
        jdbc.update("""
                insert into membership.project_idea (title, description, proposed_by, status, innovative, no_market_actor, broad_benefit)
                values ('Appar och personuppgifter i skolan', 'Gemensam hantering av appar och PUB-avtalsbilagor i skolan; 21 kommuner är intresserade.', ?, 'SELECTED', true, true, true)
                """, malmo);
    }

    /** The Teckal record: most members voted at this year's annual meeting; turnover per the plan (demo split). */
    private void control(int year) {
        LocalDate annualMeeting = LocalDate.of(year, 4, 20);
        LocalDate today = LocalDate.now(clock);
        int i = 0;
        for (MemberRegister.Membership member : register.memberships()) {
            if (member.isMemberOn(annualMeeting) && i++ % 6 != 0) {
                jdbc.update("""
                        insert into membership.control_record (organisation_id, kind, occurred_on, description, recorded_by)
                        values (?, 'ANNUAL_MEETING_VOTE', ?, ?, 'demo')
                        """, member.organisationId(), annualMeeting, "Röstade på årsmötet " + year);
            }
        }
        Map<Long, java.util.Set<String>> usage = subscriptions.usageOn(today);
        register.memberships().stream().filter(member -> member.isMemberOn(today))
                .filter(member -> !usage.getOrDefault(member.organisationId(), Set.of()).isEmpty())
                .limit(40)
                .forEach(member -> jdbc.update("""
                        insert into membership.control_record (organisation_id, kind, occurred_on, description, recorded_by)
                        values (?, 'COUNCIL_SEAT', ?, ?, 'demo')
                        """, member.organisationId(), LocalDate.of(year, 2, 1), "Delegat i förvaltningsrådet för "
                        + String.join(", ", usage.get(member.organisationId()))));
        jdbc.update("insert into membership.turnover (year, from_members_ore, from_others_ore, note) values (2021, 1549397300, 50000000, ?)",
                "Nettoomsättning 15 993 973 kr enligt verksamhetsplanen 2022; fördelningen är demosiffror");
        jdbc.update("insert into membership.turnover (year, from_members_ore, from_others_ore, note) values (?, 1717312000, 70000000, ?)",
                year, "Budget 17 873 120 kr; fördelningen är demosiffror");
    }
}
