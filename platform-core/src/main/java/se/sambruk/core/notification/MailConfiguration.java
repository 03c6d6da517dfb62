package se.sambruk.core.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * In production the mail server is Spring Boot's spring.mail.* (host, port, username, password).
 * With sambruk.mail.local-catcher=true (demo profile, tests) mails go to a local catcher instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sambruk.mail.local-catcher", havingValue = "true")
class MailConfiguration {

    @Bean
    LocalMailCatcher localMailCatcher(@Value("${sambruk.mail.local-catcher-port:3025}") int port) {
        return new LocalMailCatcher(port);
    }

    @Bean
    JavaMailSender localMailSender(LocalMailCatcher catcher) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(catcher.port());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
