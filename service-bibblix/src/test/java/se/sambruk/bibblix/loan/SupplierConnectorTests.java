package se.sambruk.bibblix.loan;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.sambruk.core.http.OutgoingUrls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The supplier connector (JDK HttpClient, Jackson 3) against the local fake supplier: a loan, a duplicate, errors, slowness. */
class SupplierConnectorTests {

    static FakeSupplierServer fake;

    @BeforeAll
    static void start() {
        fake = new FakeSupplierServer("key-1").slow(6000);
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    SupplierConnector connector(String key) {
        return new SupplierConnector(new OutgoingUrls(List.of("127.0.0.1:" + java.net.URI.create(fake.url()).getPort())), fake.url(), key,
                Duration.ofMillis(2000));
    }

    @Test
    void aLoanGivesTheDeliveryLinkAndASecondLoanOfTheSameBookIsTheSameLoan() {
        SupplierLoan loan = connector("key-1").register("9791290000014", "ref-1", 7, "patron-a", "bibblix-1");
        assertThat(loan.loanId()).startsWith("demo-");
        assertThat(loan.deliveryUrl()).startsWith(fake.url() + "/las/");
        assertThat(loan.duplicate()).isFalse();
        SupplierLoan again = connector("key-1").register("9791290000014", "ref-1", 7, "patron-a", "bibblix-2");
        assertThat(again.duplicate()).isTrue();
        assertThat(again.loanId()).isEqualTo(loan.loanId());
    }

    @Test
    void aWrongKeyIsARefusal() {
        assertThatThrownBy(() -> connector("wrong").register("9791290000021", "ref-2", 7, "patron-b", "bibblix-3"))
                .isInstanceOfSatisfying(SupplierException.class, e -> assertThat(e.refused()).isTrue());
    }

    @Test
    void aServerErrorASlowAnswerAndNoServerAreTryLater() {
        assertThatThrownBy(() -> connector("key-1").register(FakeSupplierServer.FAILING_ISBN, "ref", 7, "patron-c", "bibblix-4"))
                .isInstanceOfSatisfying(SupplierException.class, e -> assertThat(e.refused()).isFalse());
        long started = System.nanoTime();
        assertThatThrownBy(() -> connector("key-1").register(FakeSupplierServer.SLOW_ISBN, "ref", 7, "patron-c", "bibblix-5"))
                .isInstanceOfSatisfying(SupplierException.class, e -> assertThat(e.refused()).isFalse());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4500));
        assertThatThrownBy(() -> new SupplierConnector(new OutgoingUrls(List.of("127.0.0.1:1")), "http://127.0.0.1:1", "k", Duration.ofMillis(500)).register("1", "r", 7, "p", "l"))
                .isInstanceOfSatisfying(SupplierException.class, e -> assertThat(e.refused()).isFalse());
        assertThatThrownBy(() -> new SupplierConnector(new OutgoingUrls(List.of()), "", "k", Duration.ofMillis(500)).register("1", "r", 7, "p", "l"))
                .isInstanceOf(SupplierException.class);
    }

    @Test
    void anInternalAddressIsRefusedByTheGuardBeforeAnyRequest() {
        int before = fake.loans();
        assertThatThrownBy(() -> new SupplierConnector(new OutgoingUrls(List.of()), fake.url(), "key-1", Duration.ofMillis(2000))
                .register("9791290000038", "ref-9", 7, "patron-z", "bibblix-9"))
                .isInstanceOfSatisfying(SupplierException.class, e -> assertThat(e.getMessage()).contains("outgoing-URL guard"));
        assertThat(fake.loans()).isEqualTo(before);
    }
}
