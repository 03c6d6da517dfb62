package se.sambruk.fixamingata.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.sambruk.core.Municipalities;
import se.sambruk.core.ServiceAccess;
import se.sambruk.fixamingata.FixaMinGata;
import se.sambruk.fixamingata.alert.Alert;
import se.sambruk.fixamingata.alert.Alerts;
import se.sambruk.fixamingata.geo.Boundaries;
import se.sambruk.fixamingata.geo.Municipality;
import se.sambruk.fixamingata.open311.ApiKeys;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.CategoryQuestions;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.NewReport;
import se.sambruk.fixamingata.report.Report;
import se.sambruk.fixamingata.report.ReportState;
import se.sambruk.fixamingata.report.Reporting;

/**
 * Demo data (sambruk.demo.enabled): the standard categories for every municipality that uses
 * FixaMinGata, sent by e-mail to a demo address (the local mail catcher shows them), two Open311
 * api keys, and a handful of reports in Ale in different states.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("sambruk.demo.enabled")
class FixaMinGataDemo implements ApplicationRunner {

    /** An app's key: reports anywhere over Open311. */
    static final String DEMO_APP_KEY = "fmg-demo-app-key";
    /** Ale's back-end: may push updates for Ale's reports. */
    static final String ALE_BACKEND_KEY = "fmg-demo-ale-backend-key";
    private static final Logger log = LoggerFactory.getLogger(FixaMinGataDemo.class);

    private final Boundaries boundaries;
    private final Municipalities municipalities;
    private final ServiceAccess access;
    private final Categories categories;
    private final Reporting reporting;
    private final ApiKeys keys;
    private final JdbcTemplate jdbc;
    private final CategoryQuestions questions;
    private final Alerts alerts;

    FixaMinGataDemo(Boundaries boundaries, Municipalities municipalities, ServiceAccess access, Categories categories,
                    Reporting reporting, ApiKeys keys, JdbcTemplate jdbc, CategoryQuestions questions, Alerts alerts) {
        this.alerts = alerts;
        this.questions = questions;
        this.boundaries = boundaries;
        this.municipalities = municipalities;
        this.access = access;
        this.categories = categories;
        this.reporting = reporting;
        this.keys = keys;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        int seeded = 0;
        for (Municipality municipality : boundaries.municipalities()) {
            var organisation = municipalities.organisationId(municipality.kommunkod());
            if (organisation.isPresent() && access.mayUse(organisation.get(), FixaMinGata.SERVICE_CODE)) {
                categories.seedStandard(organisation.get(), demoAddress(municipality));
                seeded++;
            }
        }
        keys.register(DEMO_APP_KEY, "Demo-app", null);
        municipalities.organisationId("1440").ifPresent(ale -> {
            keys.register(ALE_BACKEND_KEY, "Ale kommuns ärendesystem (demo)", ale);
            demoReports(ale);
            demoHistory(ale);
            demoResident();
        });
        log.info("FixaMinGata demo: categories for {} municipalities, Open311 keys {} and {}", seeded, DEMO_APP_KEY, ALE_BACKEND_KEY);
    }

    /** The demo reports' reporter, who signs in by the link shown under Administration → E-post. */
    static final String DEMO_RESIDENT = "eva.exempel@demo.sambruk.se";

    /** Eva has an account and three alerts: her first report, the area around Ale torg, and all of Ale. */
    private void demoResident() {
        jdbc.update("insert into fixamingata.resident (email) values (?) on conflict ((lower(email))) do nothing", DEMO_RESIDENT);
        if (!alerts.ofEmail(DEMO_RESIDENT).isEmpty()) {
            return;
        }
        jdbc.queryForList("select id from fixamingata.report where reporter_email = ? and source = 'demo' order by id limit 1", Long.class,
                DEMO_RESIDENT).forEach(first -> alerts.subscribe(DEMO_RESIDENT,
                new Alerts.Subscription(Alert.Kind.REPORT, first, null, null, null, null, "rapport " + first), true));
        alerts.subscribe(DEMO_RESIDENT, new Alerts.Subscription(Alert.Kind.AREA, null, 57.9600, 12.1500, 1000, null, "Ale torg"), true);
        alerts.subscribe(DEMO_RESIDENT, new Alerts.Subscription(Alert.Kind.MUNICIPALITY, null, null, null, null, "1440", "Ale kommun"), true);
    }

    static String demoAddress(Municipality municipality) {
        String slug = Normalizer.normalize(municipality.name().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-");
        return "felanmalan@" + slug + ".demo.sambruk.se";
    }

    private void demoReports(long ale) {
        Integer existing = jdbc.queryForObject("select count(*) from fixamingata.report where organisation_id = ? and source = 'demo'",
                Integer.class, ale);
        if (existing != null && existing > 0) {
            return;
        }
        List<Category> aleCategories = categories.all(ale);
        // an extra question, so that the report form and the category pages show one
        aleCategories.stream().filter(c -> c.name().equals("Gatubelysning ur funktion")).findFirst().ifPresent(lights ->
                questions.replace(ale, lights.id(), List.of(new CategoryQuestions.QuestionInput(null, "Stolpens nummer (står på stolpen)", false))));
        record Demo(String category, double lat, double lon, String title, String detail, ReportState state, String answer) {
        }
        List<Demo> demos = List.of(
                new Demo("Gatubelysning ur funktion", 57.9605, 12.1502, "Tre gatlampor släckta på Göteborgsvägen",
                        "Tre lampor i rad är släckta mellan busshållplatsen och rondellen. Mörkt och obehagligt på kvällen.", ReportState.CONFIRMED, null),
                new Demo("Hål eller skador i vägen", 57.9612, 12.1531, "Djupt hål i cykelbanan",
                        "Ett hål på cirka 20 cm i diameter mitt i cykelbanan vid skolan.", ReportState.IN_PROGRESS,
                        "Tack för rapporten. Vi lagar hålet under veckan."),
                new Demo("Klotter", 57.9588, 12.1476, "Klotter på gångtunneln",
                        "Stort klotter på båda sidor i gångtunneln under järnvägen.", ReportState.PLANNED, "Sanering är planerad."),
                new Demo("Nedskräpning", 57.9630, 12.1555, "Skräp vid återvinningsstationen",
                        "Mycket skräp och kartonger runt containrarna.", ReportState.FIXED_BY_MUNICIPALITY, "Städat. Tack!"),
                new Demo("Parkbänkar och utemöbler", 57.9600, 12.1500, "Trasig parkbänk i Ale torg",
                        "Ryggstödet har lossnat på bänken närmast fontänen.", ReportState.CONFIRMED, null));
        for (Demo demo : demos) {
            Category category = aleCategories.stream().filter(c -> c.name().equals(demo.category())).findFirst().orElse(aleCategories.get(0));
            Report report = reporting.publish(new NewReport(ale, "1440", category.id(), demo.lat(), demo.lon(), demo.title(), demo.detail(),
                    "Eva Exempel", DEMO_RESIDENT, null, false, "demo"), List.of());
            if (demo.answer() != null || demo.state() != ReportState.CONFIRMED) {
                reporting.answer(report, demo.state(), demo.answer(), "Ale kommun (demo)");
            }
        }
    }

    /**
     * A year of history in Ale for the dashboard and the map: 240 reports over the last twelve
     * months in a dozen categories around Nödinge and Alafors, from the app and the web, most
     * answered within days and closed within weeks, each answer in the timeline.
     */
    private void demoHistory(long ale) {
        Integer existing = jdbc.queryForObject("select count(*) from fixamingata.report where organisation_id = ? and manage_token like 'demo-history-%'",
                Integer.class, ale);
        if (existing != null && existing > 0) {
            return;
        }
        jdbc.update("""
                insert into fixamingata.report (organisation_id, kommunkod, category_id, lat, lon, title, detail, reporter_name, reporter_email,
                  show_name, state, source, manage_token, created_at, confirmed_at, updated_at, first_answer_at, closed_at)
                select ?, '1440', c.ids[1 + (g * 7 % array_length(c.ids, 1))],
                  57.925 + (g * 37 % 100) / 1500.0, 12.10 + (g * 61 % 100) / 1400.0,
                  (array['Trasig gatlampa', 'Hål i vägen', 'Klotter på vägg', 'Skräp i diket', 'Nedfallen gren', 'Trasig skylt',
                         'Översvämmad brunn', 'Halt på gångvägen', 'Full papperskorg', 'Övergiven cykel'])[1 + g % 10] || ' (' || g || ')',
                  'Demo: ett fel som invånare rapporterat under året.', 'Eva Exempel', 'eva.exempel@demo.sambruk.se', false,
                  case when g % 5 = 0 then 'CONFIRMED' when g % 5 = 1 then 'IN_PROGRESS' when g % 5 = 2 then 'FIXED_BY_MUNICIPALITY'
                       when g % 5 = 3 then 'FIXED' else 'NOT_RESPONSIBLE' end,
                  case when g % 3 = 0 then 'app' else 'web' end, 'demo-history-' || g,
                  now() - make_interval(days => 2 + g * 363 / 240), now() - make_interval(days => 2 + g * 363 / 240), now(),
                  case when g % 5 = 0 then null else now() - make_interval(days => 2 + g * 363 / 240) + make_interval(hours => 6 + g % 9 * 20) end,
                  case when g % 5 in (2, 3, 4) then now() - make_interval(days => 2 + g * 363 / 240) + make_interval(days => 3 + g % 17) end
                from generate_series(1, 240) g,
                  (select array_agg(id order by position) as ids from fixamingata.category where organisation_id = ? and not trafikverket and position < 12) c""",
                ale, ale);
        jdbc.update("""
                update fixamingata.report set first_answer_at = least(first_answer_at, now()),
                  closed_at = least(greatest(closed_at, first_answer_at), now()) where manage_token like 'demo-history-%'""");
        jdbc.update("""
                insert into fixamingata.report_update (report_id, organisation_id, created_at, kind, state, text, author, internal)
                select id, organisation_id, first_answer_at, 'ANSWER', case when closed_at is null then state end,
                  'Tack för rapporten, vi tittar på det.', 'Ale kommun (demo)', false
                from fixamingata.report where manage_token like 'demo-history-%' and first_answer_at is not null""");
        jdbc.update("""
                insert into fixamingata.report_update (report_id, organisation_id, created_at, kind, state, text, author, internal)
                select id, organisation_id, closed_at, 'ANSWER', state, 'Ärendet är avslutat.', 'Ale kommun (demo)', false
                from fixamingata.report where manage_token like 'demo-history-%' and closed_at is not null""");
    }
}
