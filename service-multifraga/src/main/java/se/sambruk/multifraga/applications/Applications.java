package se.sambruk.multifraga.applications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.Municipalities;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.core.ServiceSubscriptions;
import se.sambruk.core.residents.CurrentResident;
import se.sambruk.multifraga.lookups.ResultBox;

/**
 * e-Ansökan's applications: stored per municipality (organisation) and resident, numbers sealed;
 * the resident reaches only their own, the caseworker only their municipality's. The
 * municipalities offered are those with Multifråga's SSBTEK setting
 * ({@code sambruk.multifraga.ingivare.<kommunkod>}) that use the service today; the caps of the
 * calculation are {@code sambruk.multifraga.rent-caps[.<kommunkod>]} and
 * {@code sambruk.multifraga.home-insurance-cap[.<kommunkod>]}.
 */
@Service("multifragaApplications")
public class Applications {

    public enum Status { DRAFT, SUBMITTED, DECIDED }

    public enum Outcome { GRANTED, PARTLY, REFUSED }

    public record Stored(long id, long organisationId, long residentId, String applicantName, String applicantMasked, String coApplicantMasked,
                         YearMonth month, List<Integer> childAges, int incomeSalary, int incomeBenefits, int incomeOther, int rent,
                         int electricity, int homeInsurance, int otherCosts, String otherCostsText, int bankBalance, int vehicles,
                         String vehiclesText, int property, String propertyText, int otherAssets, String otherAssetsText,
                         List<ApplicationForm.Planned> activities, Set<Step> stepsDone, String account, Status status,
                         OffsetDateTime createdAt, OffsetDateTime submittedAt, Outcome outcome, Integer decisionAmount, String decisionReasons,
                         OffsetDateTime decidedAt, String decidedBy, Long lookupId, String lookupError, Integer normYear,
                         Integer normVersion, String coApplicantName, Integer coIncomeSalary, Integer coIncomeBenefits, Integer coIncomeOther,
                         boolean incomesPerAdult) {

        /** The household's declared incomes: the applicant's and the co-applicant's. */
        public int incomes() {
            return incomeSalary + incomeBenefits + incomeOther + (coIncomeSalary == null ? 0 : coIncomeSalary)
                    + (coIncomeBenefits == null ? 0 : coIncomeBenefits) + (coIncomeOther == null ? 0 : coIncomeOther);
        }

        /**
         * Each adult's declaration: the applicant's and, with a co-applicant, the co-applicant's (0 where
         * not yet filled in); an application made before incomes were asked per adult has one, the household's.
         */
        public List<IncomeComparison.Declared> declared() {
            List<IncomeComparison.Declared> declared = new java.util.ArrayList<>();
            declared.add(new IncomeComparison.Declared(IncomeComparison.Adult.APPLICANT, incomeSalary, incomeBenefits, incomeOther));
            if (incomesPerAdult && coApplicantMasked != null) {
                declared.add(new IncomeComparison.Declared(IncomeComparison.Adult.CO_APPLICANT, coIncomeSalary == null ? 0 : coIncomeSalary,
                        coIncomeBenefits == null ? 0 : coIncomeBenefits, coIncomeOther == null ? 0 : coIncomeOther));
            }
            return List.copyOf(declared);
        }

        /** The application's incomes were declared for the household together (made before incomes were asked per adult), with a co-applicant. */
        public boolean householdIncomes() {
            return !incomesPerAdult && coApplicantMasked != null;
        }

        /** A co-applicant whose own incomes are not filled in yet. */
        public boolean coIncomesMissing() {
            return incomesPerAdult && coApplicantMasked != null && (coIncomeSalary == null || coIncomeBenefits == null || coIncomeOther == null);
        }

        /** The co-applicant's first name as given (else null: an application made before it was asked). */
        public String coFirstName() {
            return coApplicantName == null || coApplicantName.isBlank() ? null : coApplicantName;
        }

        /** The co-applicant's first name in the Swedish genitive ("Annas", "Lars"), else null. */
        public String coGenitive() {
            String name = coFirstName();
            if (name == null) {
                return null;
            }
            char last = Character.toLowerCase(name.charAt(name.length() - 1));
            return last == 's' || last == 'x' || last == 'z' ? name : name + "s";
        }

        /** The adult's masked number: the applicant's or the co-applicant's. */
        public String masked(IncomeComparison.Adult adult) {
            return adult == IncomeComparison.Adult.APPLICANT ? applicantMasked : coApplicantMasked;
        }

        public int adults() {
            return coApplicantMasked == null ? 1 : 2;
        }

        public int persons() {
            return adults() + childAges.size();
        }

        public long assets() {
            return (long) bankBalance + vehicles + property + otherAssets;
        }

        public String caseId() {
            return "EA-" + id;
        }

        /** The steps not yet saved, in order: the application is complete when none is left. */
        public List<Step> missingSteps() {
            return Step.all().stream().filter(s -> !stepsDone.contains(s) || (s == Step.INCOMES && coIncomesMissing())).toList();
        }

        public boolean complete() {
            return missingSteps().isEmpty();
        }

        public boolean draft() {
            return status == Status.DRAFT;
        }

        /** What needs the caseworker's own assessment: "other" costs, other assets, an "other" activity. */
        public boolean manualReview() {
            return otherCosts > 0 || otherAssets > 0 || activities.stream().anyMatch(a -> a.kind() == ApplicationForm.Activity.OTHER);
        }

        /** What the applicant signs: the declaration's content in a fixed order. */
        public byte[] canonicalBytes() {
            return String.join(";", "ekonomiskt-bistand", String.valueOf(id), String.valueOf(organisationId), month.toString(),
                    String.valueOf(coApplicantMasked), childAges.toString(), String.valueOf(incomeSalary), String.valueOf(incomeBenefits),
                    String.valueOf(incomeOther), String.valueOf(rent), String.valueOf(electricity), String.valueOf(homeInsurance),
                    String.valueOf(otherCosts), String.valueOf(otherCostsText), String.valueOf(bankBalance), String.valueOf(vehicles),
                    String.valueOf(vehiclesText), String.valueOf(property), String.valueOf(propertyText), String.valueOf(otherAssets),
                    String.valueOf(otherAssetsText), activities.toString(), account, String.valueOf(coApplicantName),
                    String.valueOf(coIncomeSalary), String.valueOf(coIncomeBenefits), String.valueOf(coIncomeOther)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final JdbcClient jdbc;
    private final ResultBox box;
    private final Environment environment;
    private final Municipalities municipalities;
    private final ServiceSubscriptions subscriptions;
    private final RiksnormTables norms;

    Applications(JdbcClient jdbc, ResultBox box, Environment environment, Municipalities municipalities, ServiceSubscriptions subscriptions,
                 RiksnormTables norms) {
        this.norms = norms;
        this.jdbc = jdbc;
        this.box = box;
        this.environment = environment;
        this.municipalities = municipalities;
        this.subscriptions = subscriptions;
    }

    /** The municipalities a resident can apply to: kommunkod → name. */
    public Map<String, String> offered() {
        Map<String, String> settings = Binder.get(environment).bind("sambruk.multifraga.ingivare", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        Map<String, String> offered = new LinkedHashMap<>();
        settings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] parts = e.getValue().split(";", 2);
            municipalities.organisationId(e.getKey()).filter(org -> subscriptions.subscribes(org, "multifraga"))
                    .ifPresent(org -> offered.put(e.getKey(), parts.length == 2 ? parts[1].strip() : e.getKey()));
        });
        return offered;
    }

    public String kommunkod(long organisationId) {
        return municipalities.kommunkod(organisationId).orElse("");
    }

    /** The municipality's name as its SSBTEK setting gives it (else its kommunkod). */
    public String municipalityName(long organisationId) {
        String code = municipalities.kommunkod(organisationId).orElse("");
        String setting = environment.getProperty("sambruk.multifraga.ingivare." + code, "");
        String[] parts = setting.split(";", 2);
        return parts.length == 2 ? parts[1].strip() : code;
    }

    public NormCalculation.Caps caps(long organisationId) {
        String code = municipalities.kommunkod(organisationId).orElse("");
        String rents = environment.getProperty("sambruk.multifraga.rent-caps." + code,
                environment.getProperty("sambruk.multifraga.rent-caps", "6500,7500,8500,9500,10500"));
        int insurance = environment.getProperty("sambruk.multifraga.home-insurance-cap." + code, Integer.class,
                environment.getProperty("sambruk.multifraga.home-insurance-cap", Integer.class, 300));
        return new NormCalculation.Caps(Arrays.stream(rents.split(",")).map(String::strip).map(Integer::valueOf).toList(), insurance);
    }

    /** The municipality's rule for assets: the buffer of bank balances, {@code sambruk.multifraga.asset-buffer[.<kommunkod>]} (default 0). */
    public AssetRule assetRule(long organisationId) {
        String code = municipalities.kommunkod(organisationId).orElse("");
        return new AssetRule(environment.getProperty("sambruk.multifraga.asset-buffer." + code, Integer.class,
                environment.getProperty("sambruk.multifraga.asset-buffer", Integer.class, 0)));
    }

    /** The look-up a decision's comparison used: its id, who made it and when; empty when none was used or before the decision. */
    public Optional<Compared> compared(long id) {
        return jdbc.sql("select compared_lookup_id, compared_lookup_by, compared_lookup_at from multifraga.application where id = :id "
                        + "and compared_lookup_id is not null").param("id", id)
                .query((rs, n) -> new Compared(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class))).optional();
    }

    public record Compared(long lookupId, String caseworker, OffsetDateTime askedAt) {
    }

    /**
     * The application's declared assets assessed by the municipality's rule against the assistance by
     * the norm: once decided, with the buffer kept with the decision.
     */
    public AssetRule.Assessment assets(Stored application, int assistance) {
        Integer kept = application.status() == Status.DECIDED ? jdbc.sql("select asset_buffer from multifraga.application where id = :id")
                .param("id", application.id()).query((rs, n) -> (Integer) rs.getObject(1)).single() : null;
        AssetRule rule = kept == null ? assetRule(application.organisationId()) : new AssetRule(kept);
        return rule.assess(application.bankBalance(), application.vehicles(), application.vehiclesText(),
                application.property(), application.propertyText(), application.otherAssets(), application.otherAssetsText(), assistance);
    }

    public NormCalculation.Result calculate(Stored application) {
        return calculate(application, application.incomes());
    }

    /** The calculation with the incomes as counted (the declared or the agencies' amount per kind, {@link IncomeComparison}). */
    public NormCalculation.Result calculate(Stored application, int incomes) {
        return NormCalculation.calculate(norm(application).norm(), caps(application.organisationId()),
                new NormCalculation.Household(application.adults(), application.childAges(), application.rent(), application.electricity(),
                        application.homeInsurance(), application.otherCosts(), incomes));
    }

    /**
     * The riksnorm table of the application's calculation: once decided, the one its decision used
     * (the year and the organisation's version kept with it); before, the one in force for its month's
     * year in its municipality ({@link RiksnormTables#forYear}).
     */
    public RiksnormTables.InForce norm(Stored application) {
        if (application.normYear() != null) {
            return norms.used(application.organisationId(), application.normYear(), application.normVersion());
        }
        return norms.forYear(application.organisationId(), application.month().getYear());
    }

    /** The income lines kept with a decision, per adult, and the amount counted of each; empty for an application decided before they were kept. */
    public Optional<IncomeComparison.Counted> decidedIncomes(long id) {
        Map<String, IncomeComparison.Choice> choices = new LinkedHashMap<>();
        List<IncomeComparison.Line> lines = jdbc.sql("select * from multifraga.application_income where application_id = :id")
                .param("id", id).query((rs, n) -> {
                    IncomeComparison.Kind kind = IncomeComparison.Kind.valueOf(rs.getString("kind"));
                    IncomeComparison.Adult adult = IncomeComparison.Adult.valueOf(rs.getString("person"));
                    choices.put(IncomeComparison.field(adult, kind), IncomeComparison.Choice.valueOf(rs.getString("counted")));
                    String parts = rs.getString("parts");
                    String missing = rs.getString("missing");
                    return new IncomeComparison.Line(adult, kind, rs.getInt("declared"), (Integer) rs.getObject("agency"),
                            parts.isEmpty() ? List.of() : Arrays.stream(parts.split("\\|")).map(p -> {
                                int at = p.lastIndexOf('=');
                                return new IncomeComparison.Part(p.substring(0, at), Integer.parseInt(p.substring(at + 1)));
                            }).toList(),
                            IncomeComparison.State.valueOf(rs.getString("state")),
                            missing.isEmpty() ? List.of() : List.of(missing.split("\\|")), rs.getBoolean("net_missing"));
                }).list().stream().sorted(java.util.Comparator.comparing(IncomeComparison.Line::adult)
                        .thenComparing(IncomeComparison.Line::kind)).toList();
        return lines.isEmpty() ? Optional.empty() : Optional.of(new IncomeComparison.Counted(lines, choices));
    }

    /**
     * What the decision left out of the incomes (the month's payments that are not income, per person,
     * with why), as kept with it; empty for an application decided before it was kept.
     */
    public Optional<List<IncomeComparison.NotCounted>> decidedNotCounted(long id) {
        boolean kept = jdbc.sql("select not_counted_kept from multifraga.application where id = :id").param("id", id)
                .query(Boolean.class).optional().orElse(false);
        if (!kept) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        select person_masked, source_name, kind, kronor, reason from multifraga.application_not_counted
                        where application_id = :id order by position""").param("id", id)
                .query((rs, n) -> new IncomeComparison.NotCounted(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5))).list());
    }

    /** Starts a draft with the first step (municipality and month); the other steps are saved one by one. */
    public long create(CurrentResident resident, ApplicationForm.Start start) {
        long org = municipalities.organisationId(start.kommunkod()).orElseThrow();
        long id = jdbc.sql("""
                        insert into multifraga.application (organisation_id, resident_id, applicant_name, applicant_masked, applicant_sealed,
                            month, income_salary, income_benefits, income_other, cost_rent, cost_electricity, cost_home_insurance, cost_other,
                            account, steps_done)
                        values (:org, :resident, :name, :masked, '', :month, 0, 0, 0, 0, 0, 0, 0, '', 'START') returning id""")
                .param("org", org).param("resident", resident.id()).param("name", resident.name())
                .param("masked", resident.personalIdentityNumber().masked()).param("month", start.month().atDay(1))
                .query(Long.class).single();
        jdbc.sql("update multifraga.application set applicant_sealed = :a where id = :id")
                .param("a", box.seal("application:" + id + ":applicant", resident.personalIdentityNumber().value())).param("id", id).update();
        return id;
    }

    /**
     * Saves one step of a draft (the resident's own: scope by {@link #ofResident} first) and marks
     * the step done; false when the application is no longer a draft, and then nothing changes.
     */
    @Transactional
    public boolean save(long id, ApplicationForm.Part part) {
        Integer locked = jdbc.sql("select 1 from multifraga.application where id = :id and status = 'DRAFT' for update").param("id", id)
                .query(Integer.class).optional().orElse(null);
        if (locked == null) {
            return false;
        }
        if (part instanceof ApplicationForm.Start start) {
            update(id, "month = :month", Map.of("month", start.month().atDay(1)));
        } else if (part instanceof ApplicationForm.Household household) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("coMasked", household.coApplicant() == null ? null : household.coApplicant().masked());
            values.put("coSealed", household.coApplicant() == null ? null
                    : box.seal("application:" + id + ":co-applicant", household.coApplicant().value()));
            values.put("ages", String.join(",", household.childAges().stream().map(String::valueOf).toList()));
            values.put("coName", household.coApplicantName());
            boolean samePerson = household.coApplicant() != null && household.coApplicant().equals(coApplicant(id).orElse(null));
            update(id, "co_applicant_masked = :coMasked, co_applicant_sealed = :coSealed, child_ages = :ages, co_applicant_name = :coName"
                    + (samePerson ? "" : ", co_income_salary = null, co_income_benefits = null, co_income_other = null"), values);
        } else if (part instanceof ApplicationForm.Incomes incomes) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("salary", incomes.salary());
            values.put("benefits", incomes.benefits());
            values.put("other", incomes.other());
            values.put("coSalary", incomes.coSalary());
            values.put("coBenefits", incomes.coBenefits());
            values.put("coOther", incomes.coOther());
            update(id, "income_salary = :salary, income_benefits = :benefits, income_other = :other, co_income_salary = :coSalary, "
                    + "co_income_benefits = :coBenefits, co_income_other = :coOther", values);
        } else if (part instanceof ApplicationForm.Costs costs) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("rent", costs.rent());
            values.put("electricity", costs.electricity());
            values.put("insurance", costs.homeInsurance());
            values.put("other", costs.other());
            values.put("otherText", costs.otherText());
            update(id, "cost_rent = :rent, cost_electricity = :electricity, cost_home_insurance = :insurance, cost_other = :other, "
                    + "cost_other_text = :otherText", values);
        } else if (part instanceof ApplicationForm.Assets assets) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("bank", assets.bank());
            values.put("vehicles", assets.vehicles());
            values.put("vehiclesText", assets.vehiclesText());
            values.put("property", assets.property());
            values.put("propertyText", assets.propertyText());
            values.put("other", assets.other());
            values.put("otherText", assets.otherText());
            update(id, "asset_bank = :bank, asset_vehicles = :vehicles, asset_vehicles_text = :vehiclesText, asset_property = :property, "
                    + "asset_property_text = :propertyText, asset_other = :other, asset_other_text = :otherText", values);
        } else if (part instanceof ApplicationForm.Planning planning) {
            jdbc.sql("delete from multifraga.application_activity where application_id = :id").param("id", id).update();
            for (ApplicationForm.Planned planned : planning.activities()) {
                jdbc.sql("insert into multifraga.application_activity (application_id, kind, description, since) values (:id, :kind, :what, :since)")
                        .param("id", id).param("kind", planned.kind().name()).param("what", planned.what()).param("since", planned.since())
                        .update();
            }
            update(id, "", Map.of());
        } else if (part instanceof ApplicationForm.Payout payout) {
            update(id, "account = :account", Map.of("account", payout.account()));
        }
        jdbc.sql("""
                        update multifraga.application set steps_done = (select string_agg(distinct s, ',' order by s)
                            from unnest(string_to_array(steps_done || ',' || :step, ',')) s where s <> '') where id = :id""")
                .param("step", part.step().name()).param("id", id).update();
        return true;
    }

    private void update(long id, String assignments, Map<String, Object> values) {
        if (assignments.isEmpty()) {
            return;
        }
        JdbcClient.StatementSpec statement = jdbc.sql("update multifraga.application set " + assignments + " where id = :id").param("id", id);
        for (Map.Entry<String, Object> value : values.entrySet()) {
            statement = statement.param(value.getKey(), value.getValue());
        }
        statement.update();
    }

    /** The resident's own application, if it is theirs. */
    public Optional<Stored> ofResident(long residentId, long id) {
        return jdbc.sql("select * from multifraga.application where id = :id and resident_id = :resident")
                .param("id", id).param("resident", residentId).query(Applications::stored).optional().map(this::withActivities);
    }

    public List<Stored> ofResident(long residentId) {
        return jdbc.sql("select * from multifraga.application where resident_id = :resident order by created_at desc, id desc")
                .param("resident", residentId).query(Applications::stored).list();
    }

    /** A submitted or decided application of the organisation (drafts are the resident's alone). */
    public Optional<Stored> ofOrganisation(long organisationId, long id) {
        return jdbc.sql("select * from multifraga.application where id = :id and organisation_id = :org and status <> 'DRAFT'")
                .param("id", id).param("org", organisationId).query(Applications::stored).optional().map(this::withActivities);
    }

    public List<Stored> inbox(long organisationId) {
        return jdbc.sql("""
                        select * from multifraga.application where organisation_id = :org and status <> 'DRAFT'
                        order by case status when 'SUBMITTED' then 0 else 1 end, submitted_at desc, id desc limit 200""")
                .param("org", organisationId).query(Applications::stored).list();
    }

    private Stored withActivities(Stored a) {
        List<ApplicationForm.Planned> activities = jdbc.sql("""
                        select kind, description, since from multifraga.application_activity where application_id = :id order by kind""")
                .param("id", a.id())
                .query((rs, n) -> new ApplicationForm.Planned(ApplicationForm.Activity.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, LocalDate.class)))
                .list().stream().sorted(java.util.Comparator.comparing(ApplicationForm.Planned::kind)).toList();
        return new Stored(a.id(), a.organisationId(), a.residentId(), a.applicantName(), a.applicantMasked(), a.coApplicantMasked(), a.month(),
                a.childAges(), a.incomeSalary(), a.incomeBenefits(), a.incomeOther(), a.rent(), a.electricity(), a.homeInsurance(), a.otherCosts(),
                a.otherCostsText(), a.bankBalance(), a.vehicles(), a.vehiclesText(), a.property(), a.propertyText(), a.otherAssets(),
                a.otherAssetsText(), activities, a.stepsDone(), a.account(), a.status(), a.createdAt(), a.submittedAt(), a.outcome(),
                a.decisionAmount(), a.decisionReasons(), a.decidedAt(), a.decidedBy(), a.lookupId(), a.lookupError(), a.normYear(), a.normVersion(),
                a.coApplicantName(), a.coIncomeSalary(), a.coIncomeBenefits(), a.coIncomeOther(), a.incomesPerAdult());
    }

    /** The co-applicant's number as saved, opened; empty without one. */
    private Optional<PersonalIdentityNumber> coApplicant(long id) {
        List<PersonalIdentityNumber> numbers = numbers(id);
        return numbers.size() > 1 ? Optional.of(numbers.get(1)) : Optional.empty();
    }

    /** The applicant's and co-applicant's numbers, opened (for a look-up at the agencies). */
    public List<PersonalIdentityNumber> numbers(long id) {
        return jdbc.sql("select applicant_sealed, co_applicant_sealed from multifraga.application where id = :id").param("id", id)
                .query((rs, n) -> {
                    List<PersonalIdentityNumber> numbers = new java.util.ArrayList<>();
                    numbers.add(new PersonalIdentityNumber(box.open("application:" + id + ":applicant", rs.getString(1))));
                    if (rs.getString(2) != null) {
                        numbers.add(new PersonalIdentityNumber(box.open("application:" + id + ":co-applicant", rs.getString(2))));
                    }
                    return numbers;
                }).single();
    }

    /** Marks a draft submitted (its declaration signed); false when it was not a draft. */
    public boolean submit(long id) {
        return jdbc.sql("update multifraga.application set status = 'SUBMITTED', submitted_at = now() where id = :id and status = 'DRAFT'")
                .param("id", id).update() == 1;
    }

    /**
     * Decides a submitted application and keeps its income lines (per adult) with the amount counted of
     * each, the month's payments left out as not income (with why), and the riksnorm table its calculation used (year and version), together or not at all; false when it was not waiting for a decision, and then nothing changes.
     */
    @Transactional
    public boolean decide(long organisationId, long id, Outcome outcome, Integer amount, String reasons, String caseworker,
                          IncomeComparison.Counted incomes, List<IncomeComparison.NotCounted> notCounted, RiksnormTables.InForce norm,
                          se.sambruk.multifraga.lookups.Lookup compared, AssetRule assetRule) {
        if (!decide(organisationId, id, outcome, amount, reasons, caseworker)) {
            return false;
        }
        jdbc.sql("""
                        update multifraga.application set norm_year = :year, norm_version = :version, compared_lookup_id = :lookup,
                            compared_lookup_by = :lookupBy, compared_lookup_at = :lookupAt, asset_buffer = :buffer, not_counted_kept = true
                        where id = :id""")
                .param("year", norm.norm().year()).param("version", norm.version())
                .param("lookup", compared == null ? null : compared.id()).param("lookupBy", compared == null ? null : compared.caseworker())
                .param("lookupAt", compared == null ? null : compared.askedAt()).param("buffer", assetRule.buffer()).param("id", id).update();
        for (IncomeComparison.Line line : incomes.lines()) {
            jdbc.sql("""
                            insert into multifraga.application_income (application_id, person, kind, declared, agency, parts, state, missing,
                                net_missing, counted)
                            values (:id, :person, :kind, :declared, :agency, :parts, :state, :missing, :netMissing, :counted)""")
                    .param("id", id).param("person", line.adult().name()).param("kind", line.kind().name()).param("declared", line.declared()).param("agency", line.agency())
                    .param("parts", String.join("|", line.parts().stream().map(p -> p.sourceName().replace("|", "/") + "=" + p.kronor()).toList()))
                    .param("state", line.state().name())
                    .param("missing", String.join("|", line.missing().stream().map(m -> m.replace("|", "/")).toList()))
                    .param("netMissing", line.netMissing())
                    .param("counted", incomes.choice(line).name()).update();
        }
        int position = 0;
        for (IncomeComparison.NotCounted line : notCounted) {
            jdbc.sql("""
                            insert into multifraga.application_not_counted (application_id, position, person_masked, source_name, kind, kronor, reason)
                            values (:id, :position, :person, :source, :kind, :kronor, :reason)""")
                    .param("id", id).param("position", position++).param("person", line.personMasked()).param("source", line.sourceName())
                    .param("kind", line.kind()).param("kronor", line.kronor()).param("reason", line.reason()).update();
        }
        return true;
    }

    private boolean decide(long organisationId, long id, Outcome outcome, Integer amount, String reasons, String caseworker) {
        return jdbc.sql("""
                        update multifraga.application set status = 'DECIDED', decision_outcome = :outcome, decision_amount = :amount,
                            decision_reasons = :reasons, decided_at = now(), decided_by = :by
                        where id = :id and organisation_id = :org and status = 'SUBMITTED'""")
                .param("outcome", outcome.name()).param("amount", amount).param("reasons", reasons).param("by", caseworker)
                .param("id", id).param("org", organisationId).update() == 1;
    }

    private static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String ages = rs.getString("child_ages");
        String outcome = rs.getString("decision_outcome");
        String steps = rs.getString("steps_done");
        Set<Step> done = steps == null || steps.isBlank() ? EnumSet.noneOf(Step.class)
                : Arrays.stream(steps.split(",")).map(Step::valueOf).collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Step.class)));
        return new Stored(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("resident_id"), rs.getString("applicant_name"),
                rs.getString("applicant_masked"), rs.getString("co_applicant_masked"), YearMonth.from(rs.getObject("month", LocalDate.class)),
                ages == null || ages.isBlank() ? List.of() : Arrays.stream(ages.split(",")).map(Integer::valueOf).toList(),
                rs.getInt("income_salary"), rs.getInt("income_benefits"), rs.getInt("income_other"), rs.getInt("cost_rent"),
                rs.getInt("cost_electricity"), rs.getInt("cost_home_insurance"), rs.getInt("cost_other"), rs.getString("cost_other_text"),
                rs.getInt("asset_bank"), rs.getInt("asset_vehicles"), rs.getString("asset_vehicles_text"), rs.getInt("asset_property"),
                rs.getString("asset_property_text"), rs.getInt("asset_other"), rs.getString("asset_other_text"), List.of(),
                Collections.unmodifiableSet(done), rs.getString("account"), Status.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("submitted_at", OffsetDateTime.class),
                outcome == null ? null : Outcome.valueOf(outcome), (Integer) rs.getObject("decision_amount"), rs.getString("decision_reasons"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"), (Long) rs.getObject("lookup_id"),
                rs.getString("lookup_error"), (Integer) rs.getObject("norm_year"), (Integer) rs.getObject("norm_version"),
                rs.getString("co_applicant_name"), (Integer) rs.getObject("co_income_salary"), (Integer) rs.getObject("co_income_benefits"),
                (Integer) rs.getObject("co_income_other"), rs.getBoolean("incomes_per_adult"));
    }
}
