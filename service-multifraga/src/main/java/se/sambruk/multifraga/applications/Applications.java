package se.sambruk.multifraga.applications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
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
                         int electricity, int homeInsurance, int otherCosts, String otherCostsText, String account, Status status,
                         OffsetDateTime createdAt, OffsetDateTime submittedAt, Outcome outcome, Integer decisionAmount, String decisionReasons,
                         OffsetDateTime decidedAt, String decidedBy) {

        public int incomes() {
            return incomeSalary + incomeBenefits + incomeOther;
        }

        public int adults() {
            return coApplicantMasked == null ? 1 : 2;
        }

        public String caseId() {
            return "EA-" + id;
        }

        /** What the applicant signs: the declaration's content in a fixed order. */
        public byte[] canonicalBytes() {
            return String.join(";", "ekonomiskt-bistand", String.valueOf(id), String.valueOf(organisationId), month.toString(),
                    String.valueOf(coApplicantMasked), childAges.toString(), String.valueOf(incomeSalary), String.valueOf(incomeBenefits),
                    String.valueOf(incomeOther), String.valueOf(rent), String.valueOf(electricity), String.valueOf(homeInsurance),
                    String.valueOf(otherCosts), String.valueOf(otherCostsText), account).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final JdbcClient jdbc;
    private final ResultBox box;
    private final Environment environment;
    private final Municipalities municipalities;
    private final ServiceSubscriptions subscriptions;

    Applications(JdbcClient jdbc, ResultBox box, Environment environment, Municipalities municipalities, ServiceSubscriptions subscriptions) {
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

    public NormCalculation.Result calculate(Stored application) {
        return NormCalculation.calculate(Riksnorm.forYear(application.month().getYear()), caps(application.organisationId()),
                new NormCalculation.Household(application.adults(), application.childAges(), application.rent(), application.electricity(),
                        application.homeInsurance(), application.otherCosts(), application.incomes()));
    }

    public long create(CurrentResident resident, ApplicationForm.Application a) {
        long org = municipalities.organisationId(a.kommunkod()).orElseThrow();
        long id = jdbc.sql("""
                        insert into multifraga.application (organisation_id, resident_id, applicant_name, applicant_masked, applicant_sealed,
                            co_applicant_masked, co_applicant_sealed, month, child_ages, income_salary, income_benefits, income_other, cost_rent,
                            cost_electricity, cost_home_insurance, cost_other, cost_other_text, account)
                        values (:org, :resident, :name, :masked, '', :coMasked, null, :month, :ages, :salary, :benefits, :otherIncome, :rent,
                            :electricity, :insurance, :otherCost, :otherText, :account) returning id""")
                .param("org", org).param("resident", resident.id()).param("name", resident.name())
                .param("masked", resident.personalIdentityNumber().masked())
                .param("coMasked", a.coApplicant() == null ? null : a.coApplicant().masked())
                .param("month", a.month().atDay(1)).param("ages", String.join(",", a.childAges().stream().map(String::valueOf).toList()))
                .param("salary", a.incomeSalary()).param("benefits", a.incomeBenefits()).param("otherIncome", a.incomeOther())
                .param("rent", a.rent()).param("electricity", a.electricity()).param("insurance", a.homeInsurance())
                .param("otherCost", a.otherCosts()).param("otherText", a.otherCostsText()).param("account", a.account())
                .query(Long.class).single();
        jdbc.sql("update multifraga.application set applicant_sealed = :a, co_applicant_sealed = :c where id = :id")
                .param("a", box.seal("application:" + id + ":applicant", resident.personalIdentityNumber().value()))
                .param("c", a.coApplicant() == null ? null : box.seal("application:" + id + ":co-applicant", a.coApplicant().value()))
                .param("id", id).update();
        return id;
    }

    /** The resident's own application, if it is theirs. */
    public Optional<Stored> ofResident(long residentId, long id) {
        return jdbc.sql("select * from multifraga.application where id = :id and resident_id = :resident")
                .param("id", id).param("resident", residentId).query(Applications::stored).optional();
    }

    public List<Stored> ofResident(long residentId) {
        return jdbc.sql("select * from multifraga.application where resident_id = :resident order by created_at desc, id desc")
                .param("resident", residentId).query(Applications::stored).list();
    }

    /** A submitted or decided application of the organisation (drafts are the resident's alone). */
    public Optional<Stored> ofOrganisation(long organisationId, long id) {
        return jdbc.sql("select * from multifraga.application where id = :id and organisation_id = :org and status <> 'DRAFT'")
                .param("id", id).param("org", organisationId).query(Applications::stored).optional();
    }

    public List<Stored> inbox(long organisationId) {
        return jdbc.sql("""
                        select * from multifraga.application where organisation_id = :org and status <> 'DRAFT'
                        order by case status when 'SUBMITTED' then 0 else 1 end, submitted_at desc, id desc limit 200""")
                .param("org", organisationId).query(Applications::stored).list();
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

    /** Decides a submitted application; false when it was not waiting for a decision. */
    public boolean decide(long organisationId, long id, Outcome outcome, Integer amount, String reasons, String caseworker) {
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
        return new Stored(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("resident_id"), rs.getString("applicant_name"),
                rs.getString("applicant_masked"), rs.getString("co_applicant_masked"), YearMonth.from(rs.getObject("month", LocalDate.class)),
                ages == null || ages.isBlank() ? List.of() : Arrays.stream(ages.split(",")).map(Integer::valueOf).toList(),
                rs.getInt("income_salary"), rs.getInt("income_benefits"), rs.getInt("income_other"), rs.getInt("cost_rent"),
                rs.getInt("cost_electricity"), rs.getInt("cost_home_insurance"), rs.getInt("cost_other"), rs.getString("cost_other_text"),
                rs.getString("account"), Status.valueOf(rs.getString("status")), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("submitted_at", OffsetDateTime.class), outcome == null ? null : Outcome.valueOf(outcome),
                (Integer) rs.getObject("decision_amount"), rs.getString("decision_reasons"), rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"));
    }
}
