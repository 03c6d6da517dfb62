package se.sambruk.egil.sync;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.sambruk.core.ClusterJobs;
import se.sambruk.egil.sources.Source;
import se.sambruk.egil.sources.SourceReading;
import se.sambruk.egil.sources.Sources;
import se.sambruk.egil.suppliers.Supplier;
import se.sambruk.egil.suppliers.Suppliers;

/**
 * Brings the suppliers up to date: every night (one node of the cluster), and early when an
 * SS 12000 source notifies a change (its subscription's webhook). Reads the changes of each API
 * source (at night those whose connection is set to be read nightly), then runs every enabled supplier.
 */
@Component
public class SchoolUpdates {

    private static final Logger log = LoggerFactory.getLogger(SchoolUpdates.class);

    private final Sources sources;
    private final SourceReading reading;
    private final Suppliers suppliers;
    private final SyncService sync;
    private final ClusterJobs clusterJobs;
    private final ExecutorService webhooks = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "egil-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    SchoolUpdates(Sources sources, SourceReading reading, Suppliers suppliers, SyncService sync, ClusterJobs clusterJobs) {
        this.sources = sources;
        this.reading = reading;
        this.suppliers = suppliers;
        this.sync = sync;
        this.clusterJobs = clusterJobs;
    }

    @PreDestroy
    void stop() {
        webhooks.shutdownNow();
    }

    @Scheduled(cron = "${sambruk.egil.nightly-cron:0 30 2 * * *}", zone = "Europe/Stockholm")
    void nightly() {
        clusterJobs.runAlone("egil-nightly", () -> {
            for (Source source : sources.findAll()) {
                if (source.getKind() == Source.Kind.SS12000 && reading.connection(source).map(c -> c.nightly()).orElse(false)) {
                    readQuietly(source, "NIGHTLY", "nattlig läsning");
                }
            }
            for (Supplier supplier : suppliers.findByEnabledTrue()) {
                sync.runNow(supplier, SyncRun.Trigger.NIGHTLY, "schema");
            }
        });
    }

    /** A source told us that something changed: read the changes and sync the organiser's suppliers, in the background. */
    public void notified(Source source) {
        webhooks.submit(() -> clusterJobs.runAlone("egil-source-" + source.getId(), () -> {
            readQuietly(source, "WEBHOOK", "webbkrok");
            for (Supplier supplier : suppliers.findByOrganisationIdOrderByName(source.getOrganisationId())) {
                if (supplier.isEnabled()) {
                    sync.runNow(supplier, SyncRun.Trigger.WEBHOOK, "webhook");
                }
            }
        }));
    }

    private void readQuietly(Source source, String trigger, String byWhom) {
        if (source.getKind() != Source.Kind.SS12000) {
            return;
        }
        try {
            reading.read(source, false, trigger, byWhom);
        } catch (SourceReading.ReadFailed e) {
            log.warn("EGIL could not read source {} of organisation {}: {}", source.getId(), source.getOrganisationId(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("EGIL could not read source {} of organisation {}", source.getId(), source.getOrganisationId(), e);
        }
    }
}
