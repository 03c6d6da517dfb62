package se.sambruk.bibblix.onix;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.sambruk.bibblix.catalogue.Category;
import se.sambruk.bibblix.catalogue.CatalogueStore;
import se.sambruk.bibblix.catalogue.Catalogue;

/**
 * Imports a supplier's ONIX feed in the background: the upload is kept in a temporary file, a
 * first pass checks that it is well-formed ONIX (a file that is not imports nothing), a second
 * pass streams the records, each good one committed on its own, each broken one reported with its
 * position and skipped. The run's row shows the progress (bytes read, records) as it goes.
 */
@Component
public class OnixImport {

    private static final Logger log = LoggerFactory.getLogger(OnixImport.class);
    private static final int PROGRESS_EVERY = 25;

    private final JdbcClient jdbc;
    private final CatalogueStore store;
    private final Catalogue catalogue;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bibblix-onix-import");
        thread.setDaemon(true);
        return thread;
    });

    OnixImport(JdbcClient jdbc, CatalogueStore store, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.store = store;
        this.catalogue = catalogue;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Starts an import of the file (which this takes over and deletes when done); the run's id. */
    public long start(long organisationId, String fileName, Path file) {
        long run = createRun(organisationId, fileName, file);
        worker.submit(() -> run(run, file));
        return run;
    }

    /** Imports in the calling thread (the demo's catalogue at start, the tests). */
    public ImportRun runNow(long organisationId, String fileName, Path file) {
        long run = createRun(organisationId, fileName, file);
        run(run, file);
        return find(run).orElseThrow();
    }

    private long createRun(long organisationId, String fileName, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jdbc.sql("insert into bibblix.import_run (organisation_id, file_name, state, bytes_total) values (?, ?, 'RUNNING', ?) returning id")
                .params(organisationId, cut(fileName == null || fileName.isBlank() ? "onix.xml" : fileName, 255), size)
                .query(Long.class).single();
    }

    private void run(long run, Path file) {
        try {
            try (InputStream in = Files.newInputStream(file)) {
                int records = OnixReader.count(in);
                jdbc.sql("update bibblix.import_run set records = ? where id = ?").params(records, run).update();
            }
            List<Category> categories = catalogue.categories();
            AtomicLong read = new AtomicLong();
            int[] counts = new int[3];
            try (InputStream in = new Counting(Files.newInputStream(file), read)) {
                OnixReader.read(in, result -> {
                    if (result.ok()) {
                        try {
                            store.upsert(result.product(), categories);
                            counts[1]++;
                        } catch (RuntimeException e) {
                            log.warn("ONIX record {} could not be stored", result.recordNo(), e);
                            problem(run, result.recordNo(), result.line(), result.reference(), "Kunde inte sparas: " + e.getClass().getSimpleName());
                            counts[2]++;
                        }
                    } else {
                        problem(run, result.recordNo(), result.line(), result.reference(), String.join(" · ", result.problems()));
                        counts[2]++;
                    }
                    counts[0]++;
                    if (counts[0] % PROGRESS_EVERY == 0) {
                        jdbc.sql("update bibblix.import_run set bytes_read = ?, imported = ?, skipped = ? where id = ?")
                                .params(read.get(), counts[1], counts[2], run).update();
                    }
                });
            }
            if (counts[1] > 0) {
                store.refreshStatistics();
            }
            jdbc.sql("update bibblix.import_run set state = 'DONE', finished_at = now(), bytes_read = bytes_total, imported = ?, skipped = ? where id = ?")
                    .params(counts[1], counts[2], run).update();
            log.info("ONIX import {}: {} imported, {} skipped", run, counts[1], counts[2]);
        } catch (OnixReader.BrokenFeed e) {
            fail(run, e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.error("ONIX import {} failed", run, e);
            fail(run, "Importen avbröts: " + e.getClass().getSimpleName());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file);
            }
        }
    }

    private void fail(long run, String message) {
        jdbc.sql("update bibblix.import_run set state = 'FAILED', finished_at = now(), message = ? where id = ?").params(cut(message, 1000), run).update();
    }

    private void problem(long run, int recordNo, int line, String reference, String message) {
        jdbc.sql("insert into bibblix.import_problem (run_id, record_no, line, reference, message) values (?, ?, ?, ?, ?)")
                .params(run, recordNo, line, cut(reference, 100), cut(message, 1000)).update();
    }

    /** A run of this organisation (another organisation's run is not found). */
    public Optional<ImportRun> find(long organisationId, long run) {
        return jdbc.sql("select * from bibblix.import_run where id = ? and organisation_id = ?").params(run, organisationId)
                .query(ImportRun.class).optional();
    }

    Optional<ImportRun> find(long run) {
        return jdbc.sql("select * from bibblix.import_run where id = ?").param(run).query(ImportRun.class).optional();
    }

    public List<ImportRun> recent(long organisationId) {
        return jdbc.sql("select * from bibblix.import_run where organisation_id = ? order by started_at desc, id desc limit 20")
                .param(organisationId).query(ImportRun.class).list();
    }

    public List<ImportProblem> problems(long run, int limit) {
        return jdbc.sql("select * from bibblix.import_problem where run_id = ? order by record_no limit ?").params(run, limit)
                .query(ImportProblem.class).list();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Counts the bytes read, for the progress. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong read;

        Counting(InputStream in, AtomicLong read) {
            super(in);
            this.read = read;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }
    }
}
