package se.sambruk.bibblix.library;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.sambruk.bibblix.sip2.Sip2Client;

@Configuration(proxyBeanMethods = false)
class LibraryConfiguration {

    @Bean
    Sip2Client bibblixSip2Client(Clock clock) {
        return new Sip2Client(clock);
    }
}
