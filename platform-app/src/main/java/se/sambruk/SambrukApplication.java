package se.sambruk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Sambruk Platform: the association Sambruk and its shared digital services in one application.
 * Every direct subpackage ({@code core}, later {@code membership}, {@code egil}, ...) is a Spring
 * Modulith application module.
 */
@SpringBootApplication
public class SambrukApplication {

    public static void main(String[] args) {
        SpringApplication.run(SambrukApplication.class, args);
    }
}
