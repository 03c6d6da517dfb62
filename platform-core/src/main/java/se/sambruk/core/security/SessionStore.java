package se.sambruk.core.security;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL ({@code core.spring_session}), so any node serves any signed-in
 * user. Spring Session's JDBC store is configured here rather than by Spring Boot, because the
 * filter is given {@link ThrottledLastAccessSessions} in front of it (Boot steps aside when the
 * application has a session repository of its own). Together they make a signed-in page cost
 * one statement on the session, where Spring Session's defaults cost three transactions:
 * <ul>
 *   <li>reading the session is one SELECT and runs without a transaction;</li>
 *   <li>the last access time is written when it has moved a minute, not on every request;</li>
 *   <li>writes (a new session, changed attributes, a new id) run in one plain JDBC transaction,
 *       not in one of the application's JPA transactions, which open a Hibernate session.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(tableName = "core.spring_session")
class SessionStore {

    /** How stale the stored last access time may be: a session may end this much early. */
    static final Duration LAST_ACCESS_WRITE_INTERVAL = Duration.ofMinutes(1);

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return store -> store.setDefaultMaxInactiveInterval(timeout);
    }

    /**
     * The transactions Spring Session's store runs its statements in (the name it looks for):
     * it joins the one {@link ThrottledLastAccessSessions} opens to save, and reads without one.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        TransactionTemplate joinOrNone = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        joinOrNone.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        return new TransactionOperations() { // not a TransactionTemplate: injections of one get the application's
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return joinOrNone.execute(action);
            }
        };
    }

    @Bean
    @Primary
    ThrottledLastAccessSessions<?> throttledSessionRepository(JdbcIndexedSessionRepository store, DataSource dataSource) {
        TransactionTemplate saving = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        return new ThrottledLastAccessSessions<>(store, saving, LAST_ACCESS_WRITE_INTERVAL);
    }

    /**
     * The application's template, as Spring Boot would make it: Boot's own steps aside when any
     * TransactionOperations bean exists, such as the one above.
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }
}
