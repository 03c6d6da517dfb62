package se.sambruk.core.residents.testidp;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import se.sambruk.core.residents.signin.ContributedProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The test identity provider exists only with the demo profile's {@code sambruk.demo.enabled=true}. */
class TestIdentityProviderGuardTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(TestIdentityProvider.class, TestIdpController.class);

    @Test
    void absentWithoutTheDemo() {
        context.run(app -> {
            assertThat(app).doesNotHaveBean(TestIdpController.class);
            assertThat(app).doesNotHaveBean(ContributedProvider.class);
            assertThat(app).doesNotHaveBean(TestIdentityProvider.Keys.class);
        });
        context.withPropertyValues("sambruk.demo.enabled=false").run(app -> assertThat(app).doesNotHaveBean(TestIdpController.class));
    }

    @Test
    void presentWithTheDemo() {
        context.withPropertyValues("sambruk.demo.enabled=true", "sambruk.residents.test-provider.url=https://demo.example")
                .run(app -> {
                    assertThat(app).hasSingleBean(TestIdpController.class);
                    ContributedProvider provider = app.getBean(ContributedProvider.class);
                    assertThat(provider.id()).isEqualTo("test");
                    assertThat(provider.provider().issuer()).isEqualTo("https://demo.example/test-idp");
                    assertThat(provider.provider().label()).contains("inte riktig e-legitimation");
                });
    }

    @Test
    void theTestPersonsHaveValidNumbersAndOneHasProtectedIdentity() {
        for (TestPerson person : TestPerson.ALL) {
            assertThat(new se.sambruk.core.PersonalIdentityNumber(person.personalIdentityNumber()).value())
                    .isEqualTo(person.personalIdentityNumber());
            // Skatteverket's series for testing: birth numbers 980-999
            assertThat(Integer.parseInt(person.personalIdentityNumber().substring(8, 11))).isBetween(980, 999);
        }
        assertThat(TestPerson.ALL).filteredOn(TestPerson::protectedIdentity).hasSize(1);
    }
}
