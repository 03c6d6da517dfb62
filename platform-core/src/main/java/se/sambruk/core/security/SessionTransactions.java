package se.sambruk.core.security;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session reads and writes the session in every signed-in request. By default it does so
 * in transactions of the application's JPA transaction manager, which opens a Hibernate session
 * for each of them although the session store is plain JDBC: a tenth of a page's CPU time.
 * Here the session store gets plain JDBC transactions on the same data source.
 */
@Configuration(proxyBeanMethods = false)
class SessionTransactions {

    /** The name Spring Session looks for (JdbcHttpSessionConfiguration). */
    @Bean
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        return new TransactionOperations() { // not a TransactionTemplate: injections of one get the application's
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return template.execute(action);
            }
        };
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
