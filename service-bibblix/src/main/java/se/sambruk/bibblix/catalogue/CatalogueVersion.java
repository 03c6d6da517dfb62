package se.sambruk.bibblix.catalogue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalogue's version ({@code bibblix.catalogue_version}, moved by triggers on every change of
 * the titles and categories, whoever makes it). What is kept from the catalogue (search answers,
 * the category tiles, the featured books) stands while the version stands. The version is read at
 * most once a {@link #RECHECK_NANOS second} per node, so a change made on another node shows within a
 * second; a change made through {@link CatalogueStore} on this node shows at once (after its commit).
 */
@Component
public class CatalogueVersion {

    static final long RECHECK_NANOS = 1_000_000_000L;

    private final JdbcClient jdbc;
    private volatile long version;
    private volatile long readAt;
    private volatile boolean known;

    CatalogueVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        long now = System.nanoTime();
        if (!known || now - readAt > RECHECK_NANOS) {
            version = jdbc.sql("select version from bibblix.catalogue_version where id = 1").query(Long.class).single();
            readAt = now;
            known = true;
        }
        return version;
    }

    /** The catalogue changed on this node: read the version again (now, and after the transaction commits). */
    public void changed() {
        known = false;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    known = false;
                }
            });
        }
    }
}
