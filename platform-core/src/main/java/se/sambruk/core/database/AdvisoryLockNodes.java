package se.sambruk.core.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.sambruk.core.ClusterNodes;

/**
 * A node is alive while it holds a PostgreSQL session-level advisory lock named after its id
 * (the single 64-bit key form, the id's first 64 bits), on a connection kept open for the life
 * of the node. When the node dies its connection closes and the lock goes with it; any node
 * sees that in {@code pg_locks}. If the connection breaks (a database restart), the lock is
 * taken again within half a minute.
 */
@Component
class AdvisoryLockNodes implements ClusterNodes {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryLockNodes.class);
    private static final String HELD = """
            select exists (select 1 from pg_locks where locktype = 'advisory' and objsubid = 1 and granted
                                                  and classid::bigint = ? and objid::bigint = ?)""";

    private final DataSource dataSource;
    private final UUID id = UUID.randomUUID();
    private Connection lockHolder;

    AdvisoryLockNodes(DataSource dataSource) {
        this.dataSource = dataSource;
        keepLock();
        log.info("This instance is cluster node {}", id);
    }

    @Override
    public String thisNode() {
        return id.toString();
    }

    @Override
    public boolean isAlive(String nodeId) {
        if (nodeId == null) {
            return false;
        }
        UUID node;
        try {
            node = UUID.fromString(nodeId);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (node.equals(id)) {
            return true;
        }
        long key = node.getMostSignificantBits();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(HELD)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xffffffffL);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new org.springframework.dao.DataAccessResourceFailureException("Cannot tell whether node " + nodeId + " is alive", e);
        }
    }

    /** Takes the node's lock on a connection of its own, or takes it again after that connection broke. */
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    synchronized void keepLock() {
        try {
            if (lockHolder != null && lockHolder.isValid(5)) {
                return;
            }
            close();
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_lock(?)")) {
                statement.setLong(1, id.getMostSignificantBits());
                statement.execute();
            }
            lockHolder = connection;
        } catch (SQLException e) {
            log.warn("Cluster node {} could not take its lock (other nodes see it as gone until it can): {}", id, e.getMessage());
            close();
        }
    }

    /** Gives the lock up: the connection goes back to a pool, whose next user must not hold the node's lock. */
    @PreDestroy
    synchronized void close() {
        if (lockHolder != null) {
            try (PreparedStatement statement = lockHolder.prepareStatement("select pg_advisory_unlock_all()")) {
                statement.execute();
            } catch (SQLException e) {
                log.debug("Releasing the node lock", e); // a broken connection holds nothing
            }
            try {
                lockHolder.close();
            } catch (SQLException e) {
                log.debug("Closing the node lock's connection", e);
            }
            lockHolder = null;
        }
    }
}
