package se.sambruk.fixamingata.geo;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** The boundary file comes from configuration, so a deployment can load SCB's detailed boundaries instead. */
@Configuration(proxyBeanMethods = false)
class BoundaryConfiguration {

    @Bean
    Boundaries boundaries(@Value("${sambruk.fixamingata.boundaries:classpath:fixamingata/municipalities.geojson}") Resource file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return Boundaries.read(in);
        }
    }
}
