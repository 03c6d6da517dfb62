package se.sambruk.fixamingata.alert;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sambruk.fixamingata.EmailAddresses;
import se.sambruk.fixamingata.report.Coordinates;
import se.sambruk.fixamingata.report.Report;
import se.sambruk.fixamingata.report.Reporting;
import se.sambruk.fixamingata.report.Reports;
import se.sambruk.fixamingata.resident.Resident;
import se.sambruk.fixamingata.resident.ResidentSession;

/**
 * Alerts by e-mail, without an account: follow one report, an area around a point (from the map,
 * typed coordinates, an address search or a report) or the municipality a point lies in. The
 * subscription is confirmed by an e-mailed link; every alert e-mail has a link to unsubscribe.
 */
@Controller
class AlertController {


    private final Alerts alerts;
    private final Reports reports;
    private final Reporting reporting;
    private final ResidentSession session;
    private final se.sambruk.core.MapTiles tiles;
    private final se.sambruk.core.PublicFormLimits limits;

    /** Alert confirmations mailed: per client address (the per-address counts of {@link Alerts} stay). */
    static final se.sambruk.core.PublicFormLimits.Limit ALERTS = new se.sambruk.core.PublicFormLimits.Limit(10, 10, java.time.Duration.ofHours(1));

    AlertController(Alerts alerts, Reports reports, Reporting reporting, ResidentSession session,
                    se.sambruk.core.MapTiles tiles, se.sambruk.core.PublicFormLimits limits) {
        this.limits = limits;
        this.tiles = tiles;
        this.alerts = alerts;
        this.reports = reports;
        this.reporting = reporting;
        this.session = session;
    }

    /** The form as typed: {@code rapport} for one report, else a point with {@code scope} AREA (and a radius) or MUNICIPALITY. */
    public static final class AlertForm {
        String rapport, lat, lon, radius, scope, email;

        public String getRapport() { return rapport; }
        public String getLat() { return lat; }
        public String getLon() { return lon; }
        public String getRadius() { return radius; }
        public String getScope() { return scope; }
        public String getEmail() { return email; }
    }

    @GetMapping("/fixamingata/bevakningar/ny")
    String form(@RequestParam(required = false) String rapport, @RequestParam(required = false) String lat,
                @RequestParam(required = false) String lon, HttpServletRequest request, Model model) {
        AlertForm form = new AlertForm();
        form.lat = lat;
        form.lon = lon;
        form.radius = "1000";
        form.scope = "AREA";
        if (rapport != null) {
            Report report = published(rapport).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            form.rapport = String.valueOf(report.id());
        }
        session.current(request).ifPresent(resident -> form.email = resident.email());
        return show(form, model, null);
    }

    private String show(AlertForm form, Model model, java.util.Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors == null ? java.util.Map.of() : errors);
        model.addAttribute("radii", Alert.RADII);
        model.addAttribute("tiles", tiles);
        if (form.rapport != null) {
            published(form.rapport).ifPresent(report -> model.addAttribute("report", report));
        }
        return "fixamingata/bevakning/new";
    }

    @PostMapping("/fixamingata/bevakningar")
    String subscribe(@RequestParam(required = false) String rapport, @RequestParam(required = false) String lat,
                     @RequestParam(required = false) String lon, @RequestParam(required = false) String radius,
                     @RequestParam(required = false) String scope, @RequestParam(required = false) String email,
                     HttpServletRequest request, Model model) {
        AlertForm form = new AlertForm();
        form.rapport = rapport == null || rapport.isBlank() ? null : rapport;
        form.lat = lat;
        form.lon = lon;
        form.radius = radius;
        form.scope = scope;
        form.email = email == null ? null : email.strip();
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        Alerts.Subscription subscription = null;
        if (form.rapport != null) {
            Optional<Report> report = published(form.rapport);
            if (report.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            subscription = new Alerts.Subscription(Alert.Kind.REPORT, report.get().id(), null, null, null, null,
                    "rapporten \"" + report.get().title() + "\"");
        } else {
            var point = Coordinates.parse(lat, lon);
            if (point.isEmpty()) {
                errors.put("lat", "fmg.place.invalid");
            } else if ("MUNICIPALITY".equals(scope)) {
                Reporting.Location location = reporting.locate(point.get().lat(), point.get().lon());
                if (location instanceof Reporting.Location.Served served) {
                    String kommunkod = served.municipality().kommunkod();
                    subscription = new Alerts.Subscription(Alert.Kind.MUNICIPALITY, null, null, null, null, kommunkod,
                            "nya rapporter i " + reporting.municipalityName(kommunkod));
                } else {
                    errors.put("lat", location instanceof Reporting.Location.OutsideSweden ? "fmg.place.outside" : "fmg.place.notServed");
                }
            } else if (!"AREA".equals(scope)) {
                errors.put("scope", "fmg.alert.scope.missing");
            } else if (reporting.locate(point.get().lat(), point.get().lon()) instanceof Reporting.Location.OutsideSweden) {
                errors.put("lat", "fmg.place.outside");
            } else {
                Integer metres = radius != null && radius.matches("\\d{3,4}") ? Integer.valueOf(radius) : null;
                if (metres == null || !Alert.RADII.contains(metres)) {
                    errors.put("radius", "fmg.alert.radius.invalid");
                } else {
                    subscription = new Alerts.Subscription(Alert.Kind.AREA, null, point.get().lat(), point.get().lon(), metres, null,
                            "nya rapporter inom " + Alerts.radius(metres) + " från " + Alerts.point(point.get().lat(), point.get().lon()));
                }
            }
        }
        if (form.email == null || form.email.isEmpty()) {
            errors.put("email", "fmg.alert.email.missing");
        } else if (form.email.length() > 320 || !EmailAddresses.valid(form.email)) {
            errors.put("email", "fmg.email.invalid");
        }
        if (!errors.isEmpty() || subscription == null) {
            return show(form, model, errors);
        }
        Optional<Resident> resident = session.current(request);
        boolean verified = resident.isPresent() && resident.get().email().equalsIgnoreCase(form.email);
        if (!verified && !limits.allow("fixamingata.alert", ALERTS, request.getRemoteAddr(), form.email)) {
            errors.put("email", "fmg.alert.tooMany");
            return show(form, model, errors);
        }
        Alerts.Outcome outcome = alerts.subscribe(form.email, subscription, verified);
        if (outcome == Alerts.Outcome.TOO_MANY) {
            errors.put("email", "fmg.alert.tooMany");
            return show(form, model, errors);
        }
        model.addAttribute("email", form.email);
        model.addAttribute("active", outcome == Alerts.Outcome.ACTIVE);
        return "fixamingata/bevakning/sent";
    }

    /** The link in the confirmation e-mail shows a button: a mail program that opens links to check them confirms nothing. */
    @GetMapping("/fixamingata/bevakningar/bekrafta/{token}")
    String confirmPage(@PathVariable String token, Model model) {
        Alert alert = (token.length() <= 64 ? alerts.byConfirmToken(token) : Optional.<Alert>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("description", alerts.describe(alert));
        model.addAttribute("token", token);
        if (alert.confirmed()) {
            model.addAttribute("unsubscribeToken", alert.unsubscribeToken());
            return "fixamingata/bevakning/confirmed";
        }
        return "fixamingata/bevakning/confirm";
    }

    @PostMapping("/fixamingata/bevakningar/bekrafta/{token}")
    String confirm(@PathVariable String token, Model model) {
        Alert alert = (token.length() <= 64 ? alerts.confirm(token) : Optional.<Alert>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("description", alerts.describe(alert));
        model.addAttribute("unsubscribeToken", alert.unsubscribeToken());
        return "fixamingata/bevakning/confirmed";
    }

    /** The link in every alert e-mail: a page with a button (a mail program that opens links to check them unsubscribes nobody). */
    @GetMapping("/fixamingata/bevakningar/avsluta/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        Optional<Alert> alert = token.length() <= 64 ? alerts.byUnsubscribeToken(token) : Optional.empty();
        model.addAttribute("token", token);
        alert.ifPresent(found -> model.addAttribute("description", alerts.describe(found)));
        return "fixamingata/bevakning/unsubscribe";
    }

    @PostMapping("/fixamingata/bevakningar/avsluta/{token}")
    String unsubscribe(@PathVariable String token, RedirectAttributes flash) {
        alerts.unsubscribe(token);
        flash.addFlashAttribute("flashKey", "fmg.alert.unsubscribed");
        return "redirect:/fixamingata";
    }

    private Optional<Report> published(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return reports.find(Long.parseLong(id)).filter(report -> report.state().isPublic());
    }
}
