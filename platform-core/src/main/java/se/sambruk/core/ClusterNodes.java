package se.sambruk.core;

/**
 * The instances (nodes) that share the database. Each start of the application is a new node
 * with an id of its own; a node is alive while it holds its lock in the database, so a node
 * that died (also by {@code kill -9}) is gone as soon as its database connection closed.
 * Work that a node owns (an EGIL run, for example) records the node's id, and any node can tell
 * whether the owner still lives.
 */
public interface ClusterNodes {

    /** This instance's id (a UUID, new at every start). */
    String thisNode();

    /** Whether the node of that id runs now; {@code false} for null, unknown or malformed ids. */
    boolean isAlive(String nodeId);
}
