package se.sambruk.bibblix.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.sambruk.bibblix.loan.FakeSupplierServer;
import se.sambruk.bibblix.sip2.Sip2FakeServer;

/**
 * The demo's FAKE library system (SIP2) and FAKE content supplier, local servers on 127.0.0.1 with
 * made-up cards and loans; only with the demo data (sambruk.demo.enabled), never in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sambruk.demo.enabled")
class DemoServers {

    static final String SIP2_LOGIN_USER = "bibblix-demo";
    static final String SIP2_LOGIN_PASSWORD = "demo-sip2-password";
    static final String SUPPLIER_API_KEY = "demo-supplier-key";

    /** Made-up demo cards: number and PIN (see the README's demo table). */
    static final String[][] CARDS = {
            {"12800001", "1234"}, {"12800002", "1234"}, {"01800001", "1234"}, {"14400001", "1234"}};
    static final String BLOCKED_CARD = "12800009";

    @Bean(destroyMethod = "close")
    Sip2FakeServer bibblixSip2Fake() {
        Sip2FakeServer server = new Sip2FakeServer().slowAnswer(3000);
        for (String[] card : CARDS) {
            server.card(card[0], card[1]);
        }
        server.blockedCard(BLOCKED_CARD, "1234");
        server.card(Sip2FakeServer.SLOW_CARD, "1234").card(Sip2FakeServer.GARBLED_CARD, "1234").card(Sip2FakeServer.CLOSING_CARD, "1234");
        return server;
    }

    @Bean(destroyMethod = "close")
    FakeSupplierServer bibblixSupplierFake() {
        return new FakeSupplierServer(SUPPLIER_API_KEY).slow(8000);
    }
}
