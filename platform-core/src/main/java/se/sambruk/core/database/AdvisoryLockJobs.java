package se.sambruk.core.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import se.sambruk.core.ClusterJobs;

/**
 * One node at a time per job, by a PostgreSQL session-level advisory lock held on a connection
 * of its own while the job runs; the job's transactions use other connections. If a node dies
 * its connection closes and the lock goes with it.
 */
@Component
class AdvisoryLockJobs implements ClusterJobs {

    private static final int JOB_LOCKS = 7201; // the first key; the second is the job name's hash

    private final DataSource dataSource;

    AdvisoryLockJobs(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean runAlone(String jobName, Runnable job) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!call(connection, "select pg_try_advisory_lock(?, ?)", jobName)) {
                return false;
            }
            try {
                job.run();
                return true;
            } finally {
                call(connection, "select pg_advisory_unlock(?, ?)", jobName);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot take the lock of job " + jobName, e);
        }
    }

    private static boolean call(Connection connection, String sql, String jobName) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, JOB_LOCKS);
            statement.setInt(2, jobName.hashCode());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
