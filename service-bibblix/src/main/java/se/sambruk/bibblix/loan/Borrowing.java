package se.sambruk.bibblix.loan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.bibblix.Bibblix;
import se.sambruk.bibblix.catalogue.AgeBand;
import se.sambruk.bibblix.catalogue.Catalogue;
import se.sambruk.bibblix.catalogue.Title;
import se.sambruk.bibblix.library.BibblixSecrets;
import se.sambruk.bibblix.library.Libraries;
import se.sambruk.bibblix.library.Library;
import se.sambruk.bibblix.sip2.CardCheck;
import se.sambruk.core.ServiceAccess;

/**
 * A child signs in with the library card and borrows. Only children of municipalities that use
 * Bibblix today may (the core's {@link ServiceAccess}); their library's system checks the card and
 * PIN over SIP2; the {@link LoanRules} decide; the supplier registers the loan; the statistics
 * count it.
 */
@Component
public class Borrowing {

    public enum SignIn { OK, NO_LIBRARY, NOT_SUBSCRIBING, UNKNOWN_CARD, WRONG_PIN, BLOCKED, UNAVAILABLE, NOT_CONFIGURED }

    public enum Outcome { OK, NO_TITLE, NOT_SUBSCRIBING, WEEKLY_LIMIT_REACHED, ALREADY_BORROWED, SUPPLIER_REFUSED, SUPPLIER_UNAVAILABLE }

    public record Result(Outcome outcome, Long loanId) {
    }

    private final JdbcClient jdbc;
    private final Libraries libraries;
    private final ServiceAccess access;
    private final BibblixSecrets secrets;
    private final Catalogue catalogue;
    private final SupplierConnector supplier;
    private final Clock clock;

    Borrowing(JdbcClient jdbc, Libraries libraries, ServiceAccess access, BibblixSecrets secrets, Catalogue catalogue,
              SupplierConnector supplier, Clock clock) {
        this.jdbc = jdbc;
        this.libraries = libraries;
        this.access = access;
        this.secrets = secrets;
        this.catalogue = catalogue;
        this.supplier = supplier;
        this.clock = clock;
    }

    /** Checks the card; on OK the child to keep in the session. */
    public SignInResult signIn(long libraryId, String card, String pin) {
        Optional<Library> library = libraries.byId(libraryId);
        if (library.isEmpty()) {
            return new SignInResult(SignIn.NO_LIBRARY, null);
        }
        long organisation = library.get().organisationId();
        if (!access.mayUse(organisation, Bibblix.SERVICE_CODE)) {
            return new SignInResult(SignIn.NOT_SUBSCRIBING, null);
        }
        if (!secrets.configured()) {
            return new SignInResult(SignIn.NOT_CONFIGURED, null);
        }
        CardCheck check = libraries.check(library.get(), card.strip(), pin);
        SignIn outcome = switch (check) {
            case VALID -> SignIn.OK;
            case UNKNOWN_CARD -> SignIn.UNKNOWN_CARD;
            case WRONG_PIN -> SignIn.WRONG_PIN;
            case BLOCKED -> SignIn.BLOCKED;
            case UNAVAILABLE -> SignIn.UNAVAILABLE;
        };
        return new SignInResult(outcome, outcome == SignIn.OK
                ? new Child(organisation, libraryId, secrets.cardHash(organisation, card)) : null);
    }

    public record SignInResult(SignIn outcome, Child child) {
    }

    /** Borrows the title for the child; one card at a time (an advisory lock on the card), so the weekly limit holds under double clicks. */
    @Transactional
    public Result borrow(Child child, long titleId) {
        Optional<Title> title = catalogue.visible(titleId);
        if (title.isEmpty()) {
            return new Result(Outcome.NO_TITLE, null);
        }
        if (!access.mayUse(child.organisationId(), Bibblix.SERVICE_CODE)) {
            return new Result(Outcome.NOT_SUBSCRIBING, null);
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("bibblix-card:" + child.cardHash()).query().singleRow();
        Instant now = clock.instant();
        int thisWeek = jdbc.sql("select count(*) from bibblix.loan where card_hash = ? and borrowed_at >= ?")
                .params(child.cardHash(), java.sql.Timestamp.from(LoanRules.weekStart(now))).query(Integer.class).single();
        boolean hasIt = jdbc.sql("select count(*) from bibblix.loan where card_hash = ? and title_id = ? and ended_at is null")
                .params(child.cardHash(), titleId).query(Integer.class).single() > 0;
        LoanRules.Decision decision = LoanRules.decide(thisWeek, hasIt);
        if (decision == LoanRules.Decision.ALREADY_BORROWED) {
            return new Result(Outcome.ALREADY_BORROWED, null);
        }
        if (decision == LoanRules.Decision.WEEKLY_LIMIT_REACHED) {
            return new Result(Outcome.WEEKLY_LIMIT_REACHED, null);
        }
        SupplierLoan loan;
        try {
            loan = supplier.register(title.get().isbn(), title.get().recordReference(), child.organisationId(),
                    child.cardHash().substring(0, 32), "bibblix-" + UUID.randomUUID());
        } catch (SupplierException e) {
            return new Result(e.refused() ? Outcome.SUPPLIER_REFUSED : Outcome.SUPPLIER_UNAVAILABLE, null);
        }
        long id = jdbc.sql("""
                        insert into bibblix.loan (organisation_id, card_hash, title_id, borrowed_at, due_at, supplier_loan_id, delivery_url)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(child.organisationId(), child.cardHash(), titleId, java.sql.Timestamp.from(now),
                        java.sql.Timestamp.from(LoanRules.dueAt(now)), loan.loanId(), loan.deliveryUrl())
                .query(Long.class).single();
        String category = title.get().categoryId() == null ? "" : catalogue.category(title.get().categoryId()).map(c -> c.slug()).orElse("");
        jdbc.sql("""
                        insert into bibblix.loan_count (day, organisation_id, title_id, category, age_band, loans) values (?, ?, ?, ?, ?, 1)
                        on conflict (day, organisation_id, title_id, category, age_band) do update set loans = bibblix.loan_count.loans + 1
                        """)
                .params(LocalDate.ofInstant(now, LoanRules.SWEDEN), child.organisationId(), titleId, category,
                        AgeBand.of(title.get().ageFrom()).slug())
                .update();
        return new Result(Outcome.OK, id);
    }

    /** The child's loans, newest first (only the card's own). */
    public List<Loan> loans(Child child) {
        return jdbc.sql("""
                        select l.id, l.title_id, t.title, t.authors, l.borrowed_at, l.due_at, l.ended_at, l.delivery_url
                        from bibblix.loan l join bibblix.title t on t.id = l.title_id
                        where l.card_hash = ? and l.organisation_id = ? order by l.borrowed_at desc limit 100
                        """).params(child.cardHash(), child.organisationId()).query(Loan.class).list();
    }

    /** The child's own active loan; a loan past its time counts as ended even before the job has run. */
    public Optional<Loan> activeLoan(Child child, long loanId) {
        return jdbc.sql("""
                        select l.id, l.title_id, t.title, t.authors, l.borrowed_at, l.due_at, l.ended_at, l.delivery_url
                        from bibblix.loan l join bibblix.title t on t.id = l.title_id
                        where l.id = ? and l.card_hash = ? and l.organisation_id = ? and l.ended_at is null and l.due_at > ?
                        """).params(loanId, child.cardHash(), child.organisationId(), java.sql.Timestamp.from(clock.instant()))
                .query(Loan.class).optional();
    }

    public int loansLeftThisWeek(Child child) {
        int thisWeek = jdbc.sql("select count(*) from bibblix.loan where card_hash = ? and borrowed_at >= ?")
                .params(child.cardHash(), java.sql.Timestamp.from(LoanRules.weekStart(clock.instant()))).query(Integer.class).single();
        return LoanRules.left(thisWeek);
    }
}
