package se.sambruk.fixamingata.staff;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.sambruk.core.CurrentUser;
import se.sambruk.core.Municipalities;
import se.sambruk.fixamingata.FixaMinGata;
import se.sambruk.fixamingata.geo.Boundaries;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.Times;

/** The handlers' dashboard: their own municipality's figures of the last twelve months, each chart with a table. */
@Controller
@RequestMapping(FixaMinGata.STAFF_PATH + "/oversikt")
class DashboardController {

    /** Sweden, when the municipality has no boundary (it always has one in the bundled file). */
    private static final double[] SWEDEN = {10.5, 55.0, 24.2, 69.1};

    private final Dashboard dashboard;
    private final Categories categories;
    private final Boundaries boundaries;
    private final Municipalities municipalities;
    private final DashboardCharts charts;

    DashboardController(Dashboard dashboard, Categories categories, Boundaries boundaries, Municipalities municipalities,
                        DashboardCharts charts) {
        this.charts = charts;
        this.municipalities = municipalities;
        this.dashboard = dashboard;
        this.categories = categories;
        this.boundaries = boundaries;
    }

    @GetMapping
    String show(Model model) {
        CurrentUser user = ReportPage.handler();
        long organisation = user.organisationId();
        double[] box = municipalities.kommunkod(organisation).flatMap(boundaries::box).orElse(SWEDEN);
        Dashboard.Figures figures = dashboard.figures(organisation, categories.all(organisation), box, LocalDate.now(Times.STOCKHOLM));
        model.addAttribute("figures", figures);
        model.addAttribute("charts", charts.of(figures));
        return "fixamingata/staff/dashboard";
    }
}
