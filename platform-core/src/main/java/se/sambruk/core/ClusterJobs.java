package se.sambruk.core;

/**
 * Scheduled work that must run on one node at a time when several instances share the
 * database (a nightly sync, an outbox, closing rounds).
 */
public interface ClusterJobs {

    /**
     * Runs the job here unless another node (or thread) is running the job of that name now.
     * The job opens its own transactions as it needs.
     *
     * @return whether the job ran
     */
    boolean runAlone(String jobName, Runnable job);
}
