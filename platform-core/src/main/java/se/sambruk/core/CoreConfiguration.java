package se.sambruk.core;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    /** Sweden's clock: dates are Europe/Stockholm dates. */
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Bean
    Clock clock() {
        return Clock.system(STOCKHOLM);
    }
}
