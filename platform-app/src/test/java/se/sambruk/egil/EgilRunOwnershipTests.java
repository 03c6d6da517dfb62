package se.sambruk.egil;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sambruk.PlatformTest;
import se.sambruk.core.ClusterNodes;
import se.sambruk.egil.sync.RunOwnership;
import se.sambruk.egil.sync.SyncRun;
import se.sambruk.egil.sync.SyncRuns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An EGIL run belongs to the node (application instance) that executes it. A run whose node
 * died (a crash, kill -9) is marked INTERRUPTED at start and by the cluster job, and can be
 * cancelled; a run that a live node executes is cancelled by that node.
 */
class EgilRunOwnershipTests extends PlatformTest {

    @Autowired
    RunOwnership ownership;
    @Autowired
    SyncRuns runs;
    @Autowired
    ClusterNodes nodes;
    @Autowired
    DataSource dataSource;

    long supplier() {
        return jdbc.queryForObject("select min(id) from egil.supplier where organisation_id = ? and simulated and not dnp", Long.class,
                organisationId("Ale"));
    }

    long run(String status, String owner) {
        return jdbc.queryForObject("""
                insert into egil.sync_run (organisation_id, supplier_id, trigger, status, started_at, owner_node)
                values (?, ?, 'MANUAL', ?, ?, ?) returning id""", Long.class,
                organisationId("Ale"), supplier(), status, Timestamp.from(Instant.now()), owner);
    }

    String statusOf(long run) {
        return jdbc.queryForObject("select status from egil.sync_run where id = ?", String.class, run);
    }

    /** Another node that is alive while the connection holds its lock, as a running instance does. */
    static Connection liveNode(DataSource dataSource, String node) throws Exception {
        // a connection of its own, not the pool's: closing it ends the session, as a node's death does
        Connection connection = java.sql.DriverManager.getConnection(((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl(),
                ((com.zaxxer.hikari.HikariDataSource) dataSource).getUsername(), ((com.zaxxer.hikari.HikariDataSource) dataSource).getPassword());
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, UUID.fromString(node).getMostSignificantBits());
            lock.execute();
        }
        return connection;
    }

    @Test
    void runsOfNodesThatAreGoneAreMarkedInterruptedAndTheOthersLeftAlone() throws Exception {
        String other = UUID.randomUUID().toString();
        long ofDeadNode = run("RUNNING", UUID.randomUUID().toString());
        long ofNoNode = run("PLANNING", null); // from before runs recorded their node
        long ofThisNode = run("RUNNING", nodes.thisNode());
        long ofOtherNode = run("RUNNING", other);
        long awaiting = run("AWAITING_CONFIRMATION", UUID.randomUUID().toString());
        try (Connection otherNode = liveNode(dataSource, other)) {
            assertThat(nodes.isAlive(other)).isTrue();
            ownership.markInterrupted();
            assertThat(statusOf(ofDeadNode)).isEqualTo("INTERRUPTED");
            assertThat(statusOf(ofNoNode)).isEqualTo("INTERRUPTED");
            assertThat(statusOf(ofThisNode)).isEqualTo("RUNNING");
            assertThat(statusOf(ofOtherNode)).as("its node lives").isEqualTo("RUNNING");
            assertThat(statusOf(awaiting)).as("waits for a person, not a node").isEqualTo("AWAITING_CONFIRMATION");
            assertThat(jdbc.queryForObject("select message from egil.sync_run where id = ?", String.class, ofDeadNode))
                    .contains("next run sends what is left");
            assertThat(jdbc.queryForObject("select finished_at from egil.sync_run where id = ?", Timestamp.class, ofDeadNode)).isNotNull();
        }
        // the other node dies: its connection closes and its lock goes with it (as soon as its server process has ended)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (nodes.isAlive(other) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(nodes.isAlive(other)).isFalse();
        ownership.markInterrupted();
        assertThat(statusOf(ofOtherNode)).isEqualTo("INTERRUPTED");
        jdbc.update("update egil.sync_run set status = 'DONE' where id = ?", ofThisNode);
    }

    @Test
    void theAdministratorCancelsARunWhoseNodeIsGoneAndAsksALiveNodeToStopItsRun() throws Exception {
        Cookie ale = login("ale");
        long orphaned = run("RUNNING", UUID.randomUUID().toString());
        mvc.perform(get("/egil/runs/" + orphaned).cookie(ale)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/egil/runs/" + orphaned + "/cancel")));
        mvc.perform(post("/egil/runs/" + orphaned + "/cancel").cookie(ale).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(statusOf(orphaned)).isEqualTo("CANCELLED");

        String other = UUID.randomUUID().toString();
        long elsewhere = run("RUNNING", other);
        try (Connection otherNode = liveNode(dataSource, other)) {
            mvc.perform(post("/egil/runs/" + elsewhere + "/cancel").cookie(ale).with(csrf())).andExpect(status().is3xxRedirection());
            assertThat(statusOf(elsewhere)).as("its node stops it").isEqualTo("RUNNING");
            assertThat(jdbc.queryForObject("select cancel_requested_by from egil.sync_run where id = ?", String.class, elsewhere))
                    .isEqualTo("ale");
        }
        jdbc.update("update egil.sync_run set status = 'CANCELLED' where id = ?", elsewhere);

        // a user of another organisation (no EGIL administrator of Ale) cannot cancel Ale's run
        long alesRun = run("RUNNING", UUID.randomUUID().toString());
        mvc.perform(post("/egil/runs/" + alesRun + "/cancel").cookie(login("kiruna")).with(csrf())).andExpect(status().is4xxClientError());
        assertThat(statusOf(alesRun)).isEqualTo("RUNNING");
        jdbc.update("update egil.sync_run set status = 'FAILED' where id = ?", alesRun);
    }

    @Test
    void aRunExecutingOnThisNodeIsInterruptedByItsCancellation() throws Exception {
        long running = run("RUNNING", nodes.thisNode());
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean flagClearedAfterwards = new AtomicBoolean();
        Thread executor = new Thread(() -> {
            // stands in for SyncService's thread, which registers itself the same way
            try {
                se.sambruk.egil.sync.RunOwnershipAccess.executing(ownership, running);
                started.countDown();
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
                Thread.currentThread().interrupt();
            } finally {
                se.sambruk.egil.sync.RunOwnershipAccess.done(ownership, running);
                flagClearedAfterwards.set(!Thread.currentThread().isInterrupted());
            }
        });
        executor.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        SyncRun run = runs.findById(running).orElseThrow();
        assertThat(ownership.cancel(run, "ale")).isEqualTo(RunOwnership.Cancellation.REQUESTED);
        executor.join(10_000);
        assertThat(interrupted).as("the executing thread was interrupted").isTrue();
        assertThat(flagClearedAfterwards).as("the interrupt does not outlive the run").isTrue();
        jdbc.update("update egil.sync_run set status = 'CANCELLED' where id = ?", running);

        long queued = run("PLANNING", nodes.thisNode()); // waiting for a thread on this node
        assertThat(ownership.cancel(runs.findById(queued).orElseThrow(), "ale")).isEqualTo(RunOwnership.Cancellation.CANCELLED);
        assertThat(statusOf(queued)).isEqualTo("CANCELLED");
    }
}
