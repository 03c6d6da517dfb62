package se.sambruk.operations;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.sambruk.PlatformTest;
import se.sambruk.core.ClusterJobs;
import se.sambruk.core.Notifications;
import se.sambruk.core.notification.LocalMailCatcher;
import se.sambruk.core.notification.MailOutbox;
import se.sambruk.core.organisation.Organisations;
import se.sambruk.core.security.ApiClients;
import se.sambruk.core.security.UserAccounts;
import se.sambruk.fixamingata.FakeBackend;
import se.sambruk.fixamingata.delivery.DeliveryOutbox;
import se.sambruk.fixamingata.report.Categories;
import se.sambruk.fixamingata.report.Category;
import se.sambruk.fixamingata.report.NewReport;
import se.sambruk.fixamingata.report.Reporting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator's two worst cases, each with the whole application in a JVM of its own
 * ({@link ChildApplication}); the children start at the same time, so the wait for a start
 * (about 20 s quiet, minutes under load) is paid once for both, not once each.
 *
 * <p>A crash: the application is killed with {@code kill -9} while it serves requests, and
 * started again on the same embedded database folder. The JVM's own watchdog is killed with it,
 * so the embedded PostgreSQL is left running and holding its folder, as after an out-of-memory
 * kill of a whole process group; the new start must stop that server and come up.
 *
 * <p>Two instances of the application on one PostgreSQL, as docs/operations.md promises: this test
 * JVM's application (instance A) and a second one in a JVM of its own (instance B, started with
 * {@code spring.datasource.url} pointing at A's database, its mail going to A's mail catcher).
 * Proves that a session and a token made on one are valid on the other, that a cluster job held
 * on one does not run on the other, that a register change on one shows in the other's API at
 * once, that both outboxes (mail, FixaMinGata's deliveries) working together send each item
 * exactly once, and that killing B with {@code kill -9} in the middle of that work loses nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashAndTwoInstancesTests extends PlatformTest {

    private static final Duration START_WAIT = Duration.ofSeconds(900); // generous: a shared build machine under load took 20 minutes; about 40 s when quiet
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    LocalMailCatcher mails;
    @Autowired
    MailOutbox mailOutbox;
    @Autowired
    Notifications notifications;
    @Autowired
    ClusterJobs jobs;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiClients clients;
    @Autowired
    Organisations organisations;
    @Autowired
    Reporting reporting;
    @Autowired
    Categories categories;
    @Autowired
    DeliveryOutbox deliveryOutbox;

    private Path crashData;
    private Path crashLog;
    private ChildApplication first;
    private ChildApplication second;
    private long orphan;
    private ChildApplication b;
    private FakeBackend backend;
    private final java.util.concurrent.atomic.AtomicLong backendDelayMillis = new java.util.concurrent.atomic.AtomicLong();

    /** Starts the crash test's application (on a folder of its own) and instance B (on A's database) at once; each test awaits its own. */
    @BeforeAll
    void startBothChildren(@TempDir Path folder) throws Exception {
        crashData = folder.resolve("postgres");
        crashLog = Files.createFile(folder.resolve("app.log"));
        first = ChildApplication.start(crashLog, List.of(), "--sambruk.embedded-db.dir=" + crashData);

        Path log = Files.createFile(folder.resolve("instance-b.log"));
        backend = new FakeBackend();
        backend.on("POST /open311/requests.json", request -> {
            sleep(backendDelayMillis.get());
            return new FakeBackend.Answer(201, "[{\"service_request_id\":\"TWO-" + request.form().get("attribute[fixamingata_id]") + "\"}]");
        });
        String backendHost = URI.create(allowFake(backend.url())).getAuthority(); // the outgoing-URL guard lets both call it
        b = ChildApplication.start(log, List.of(),
                "--sambruk.http.allowed-internal-hosts=" + backendHost, "--sambruk.public-forms.exempt-addresses=127.0.0.1",
                "--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
                "--spring.datasource.username=postgres",
                "--sambruk.mail.local-catcher=false", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mails.port(),
                "--sambruk.mail.send-every=PT0.2S", "--sambruk.fixamingata.send-every=PT0.5S",
                "--sambruk.egil.secret-key=HvexEco+tTYmy2FtxLFe2vY0v8Ajmn6lYi1w4Y+d/VY=");
    }

    @AfterAll
    void stopAll() throws Exception {
        if (first != null) {
            first.stop(); // not killed: it stops its own PostgreSQL
        }
        if (orphan > 0) {
            ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroy); // a failed run's orphan, if the second start did not stop it
        }
        if (second != null) {
            second.stop();
        }
        if (b != null) {
            b.stop();
        }
        if (backend != null) {
            backend.close();
        }
    }

    // --- a crash -------------------------------------------------------------------------------

    @Test
    @Order(1)
    void aKilledApplicationStartsAgainOnTheSameDatabaseFolder() throws Exception {
        first.awaitHealthy(START_WAIT);
        orphan = Long.parseLong(Files.readAllLines(crashData.resolve("postmaster.pid")).get(0).trim());

        // at work: two clients asking for pages and the health check
        AtomicInteger answered = new AtomicInteger();
        List<Thread> loaders = List.of(load(first, answered), load(first, answered));
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (answered.get() < 20 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(answered.get()).as("requests answered before the kill").isGreaterThanOrEqualTo(20);
        first.killHard();
        first = null;
        for (Thread loader : loaders) {
            loader.join(15_000);
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the embedded PostgreSQL outlives the killed application")
                .contains(true);

        second = ChildApplication.start(crashLog, List.of(), "--sambruk.embedded-db.dir=" + crashData);
        second.awaitHealthy(START_WAIT);
        assertThat(second.get("/")).isEqualTo(200);
        assertThat(second.get("/login")).isEqualTo(200);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).as("the orphan was stopped").isFalse();
        assertThat(Files.readString(crashLog)).contains("left behind by an application that ended without stopping it");
        second.stop();
        second = null;
    }

    private static Thread load(ChildApplication app, AtomicInteger answered) {
        Thread thread = new Thread(() -> {
            while (app.process.isAlive()) {
                for (String path : new String[] {"/", "/login", "/actuator/health"}) {
                    if (app.get(path) > 0) {
                        answered.incrementAndGet();
                    }
                }
            }
        }, "crash-restart-load");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    // --- two instances -------------------------------------------------------------------------

    @Test
    @Order(2)
    void twoInstancesShareOneDatabase() throws Exception {
        b.awaitHealthy(START_WAIT);
        String a = "http://127.0.0.1:" + port;
        String bUrl = b.url("");

        aSessionMadeOnOneIsValidOnTheOther(a, bUrl);
        aRegisterChangeOnOneShowsInTheOthersApiAtOnce(a, bUrl);
        aClusterJobHeldOnOneDoesNotRunOnTheOther();
        eachMailAndEachReportIsSentOnceWithBothAtWork();
        killingOneInTheMiddleOfTheWorkLosesNothing();
    }

    private void aSessionMadeOnOneIsValidOnTheOther(String a, String bUrl) throws Exception {
        String onA = signIn(a, "admin");
        assertThat(get(bUrl + "/admin/users", onA).statusCode()).as("A's session on B").isEqualTo(200);
        String onB = signIn(bUrl, "admin");
        assertThat(get(a + "/admin/users", onB).statusCode()).as("B's session on A").isEqualTo(200);
        assertThat(get(bUrl + "/admin/users", null).statusCode()).as("no session: to the sign-in page").isEqualTo(302);
    }

    private void aRegisterChangeOnOneShowsInTheOthersApiAtOnce(String a, String bUrl) throws Exception {
        String clientId = "two-instances-writer";
        synchronized (CrashAndTwoInstancesTests.class) {
            if (!clients.existsByClientId(clientId)) {
                long sambruk = organisations.findByNameIgnoreCase("Sambruk").orElseThrow().getId();
                accounts.registerClient(clientId, "Two instances test", sambruk, Set.of("register.read", "register.write"), clientId + "-secret");
            }
        }
        String token = token(bUrl, clientId, clientId + "-secret"); // issued by B, used on both
        String name = "Tvåinstansförbundet " + UUID.randomUUID().toString().substring(0, 8);
        String query = "/api/v1/organisations?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        HttpResponse<String> before = send(HttpRequest.newBuilder(URI.create(bUrl + query)).header("Authorization", "Bearer " + token).GET());
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).doesNotContain(name); // B now keeps this answer while the register stands

        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(a + "/api/v1/organisations"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"KOMMUNALFORBUND\",\"name\":\"" + name + "\"}")));
        assertThat(created.statusCode()).as("created on A: %s", created.body()).isEqualTo(201);

        HttpResponse<String> after = send(HttpRequest.newBuilder(URI.create(bUrl + query)).header("Authorization", "Bearer " + token).GET());
        assertThat(after.body()).as("documented: a change shows in the next call, on any node").contains(name);
    }

    private void aClusterJobHeldOnOneDoesNotRunOnTheOther() throws Exception {
        String subject = "Kluster " + UUID.randomUUID();
        // A runs the mail outbox's job (its lock held for 3 s, sending nothing); B's outbox, every 0.2 s, must stay out.
        // B may hold the job when A first asks (it runs it every 0.2 s): A asks again until it gets it.
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Boolean> held = CompletableFuture.supplyAsync(() -> {
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < until) {
                if (jobs.runAlone("mail-outbox", () -> {
                    notifications.email("kluster@example.se", subject, "Skickas först när A släpper jobbet.");
                    holding.countDown();
                    sleep(3000);
                })) {
                    return true;
                }
                sleep(20);
            }
            return false;
        });
        assertThat(holding.await(30, TimeUnit.SECONDS)).as("A got the job").isTrue();
        sleep(2500);
        assertThat(received(subject)).as("B did not run the job while A held it").isZero();
        assertThat(held.get(10, TimeUnit.SECONDS)).isTrue();
        awaitCount(subject, 1, Duration.ofSeconds(30));
        assertThat(jdbc.queryForObject("select count(*) from core.outgoing_mail where subject = ? and sent_at is not null", Integer.class, subject))
                .isEqualTo(1);
    }

    private void eachMailAndEachReportIsSentOnceWithBothAtWork() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Long> reports = new ArrayList<>();
        backendDelayMillis.set(0);
        {
            Category category = routedTo(backend);
            try {
                for (int i = 0; i < 30; i++) {
                    notifications.email("en-gang-" + i + "@example.se", "En gång " + tag + " #" + i, "Ett brev.");
                }
                for (int i = 0; i < 15; i++) {
                    reports.add(publish(category, "Två instanser " + tag + " #" + i));
                }
                // A sends as fast as it can while B's scheduled outboxes do the same
                long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (System.nanoTime() < until && (unsentMails("En gång " + tag) > 0 || unsentDeliveries(reports) > 0)) {
                    mailOutbox.sendDue();
                    deliveryOutbox.sendDue();
                }
                assertThat(unsentMails("En gång " + tag)).isZero();
                assertThat(unsentDeliveries(reports)).isZero();
                Map<String, Long> mailCounts = countsBySubject("En gång " + tag);
                assertThat(mailCounts).hasSize(30).allSatisfy((subject, count) -> assertThat(count).as(subject).isEqualTo(1));
                Map<String, Long> reportCounts = postsByReport(backend, reports);
                assertThat(reportCounts).hasSize(15).allSatisfy((report, count) -> assertThat(count).as("report %s", report).isEqualTo(1));
            } finally {
                restore(category, reports);
            }
        }
    }

    private void killingOneInTheMiddleOfTheWorkLosesNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Long> reports = new ArrayList<>();
        backendDelayMillis.set(150); // a back-end that takes its time
        {
            Category category = routedTo(backend);
            try {
                // both at work on their schedules; this test thread only watches until B is killed
                for (int i = 0; i < 200; i++) {
                    notifications.email("mitt-i-" + i + "@example.se", "Mitt i " + tag + " #" + i, "Ett brev.");
                }
                for (int i = 0; i < 20; i++) {
                    reports.add(publish(category, "Mitt i arbetet " + tag + " #" + i));
                }
                long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (System.nanoTime() < until && (sentMails("Mitt i " + tag) < 10 || postsByReport(backend, reports).size() < 2)) {
                    sleep(20);
                }
                b.killHard(); // kill -9 in the middle of the work
                b = null;
                assertThat(sentMails("Mitt i " + tag)).as("the work had started").isPositive();
                // B held FixaMinGata's delivery job (one node at a time) and the back-end takes 150 ms a report
                assertThat(unsentDeliveries(reports)).as("reports left when B died").isPositive();

                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (System.nanoTime() < deadline && (unsentMails("Mitt i " + tag) > 0 || unsentDeliveries(reports) > 0)) {
                    mailOutbox.sendDue();
                    deliveryOutbox.sendDue();
                }
                assertThat(unsentMails("Mitt i " + tag)).as("every mail sent").isZero();
                assertThat(unsentDeliveries(reports)).as("every report delivered").isZero();
                Map<String, Long> mailCounts = countsBySubject("Mitt i " + tag);
                assertThat(mailCounts).as("none lost").hasSize(200);
                // at most the one mail and the one report that B had handed over but not yet marked sent when it died
                assertThat(mailCounts.values().stream().filter(count -> count > 1).count()).isLessThanOrEqualTo(1);
                Map<String, Long> reportCounts = postsByReport(backend, reports);
                assertThat(reportCounts).as("none lost").hasSize(20);
                assertThat(reportCounts.values().stream().filter(count -> count > 1).count()).isLessThanOrEqualTo(1);
                reports.forEach(report -> assertThat(jdbc.queryForObject("select external_id from fixamingata.report where id = ?",
                        String.class, report)).isNotNull());
            } finally {
                restore(category, reports);
            }
        }
    }

    // --- FixaMinGata ---------------------------------------------------------------------------

    private Category original;

    private Category routedTo(FakeBackend backend) {
        long ale = organisationId("Ale");
        original = categories.all(ale).stream().filter(c -> c.name().equals("Klotter")).findFirst().orElseThrow();
        categories.route(ale, original.id(), Category.SendMethod.OPEN311, backend.url() + "/open311", "two-instances-key", "KLOTTER", true);
        return categories.find(original.id()).orElseThrow();
    }

    /** The category's own route again; a failed run's reports are not left to go to it. */
    private void restore(Category category, List<Long> reports) {
        jdbc.update("update fixamingata.delivery set sent_at = now() where sent_at is null and report_id = any (?)",
                (Object) reports.toArray(Long[]::new));
        categories.route(original.organisationId(), original.id(), original.sendMethod(), original.sendTo(), original.sendKey(),
                original.externalCode(), original.active());
    }

    private long publish(Category category, String title) {
        return reporting.publish(new NewReport(category.organisationId(), "1440", category.id(), 57.96, 12.15, title,
                "Klotter på väggen.", "Eva Exempel", "eva@example.se", null, false, "test"), List.of()).id();
    }

    private int unsentDeliveries(List<Long> reports) {
        return jdbc.queryForObject("select count(*) from fixamingata.delivery where sent_at is null and report_id = any (?)", Integer.class,
                (Object) reports.toArray(Long[]::new));
    }

    private static Map<String, Long> postsByReport(FakeBackend backend, List<Long> reports) {
        Set<String> ours = reports.stream().map(String::valueOf).collect(Collectors.toSet());
        return backend.requests("POST", "/open311/requests.json").stream().map(r -> r.form().get("attribute[fixamingata_id]"))
                .filter(ours::contains).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    // --- mail ----------------------------------------------------------------------------------

    private int unsentMails(String subjectStart) {
        return jdbc.queryForObject("select count(*) from core.outgoing_mail where sent_at is null and subject like ?", Integer.class,
                subjectStart + "%");
    }

    private int sentMails(String subjectStart) {
        return jdbc.queryForObject("select count(*) from core.outgoing_mail where sent_at is not null and subject like ?", Integer.class,
                subjectStart + "%");
    }

    private long received(String subject) {
        return mails.mails().stream().filter(m -> m.subject().equals(subject)).count();
    }

    private Map<String, Long> countsBySubject(String subjectStart) {
        return mails.mails().stream().map(LocalMailCatcher.CaughtMail::subject).filter(s -> s.startsWith(subjectStart))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private void awaitCount(String subject, int count, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline && received(subject) < count) {
            sleep(100);
        }
        assertThat(received(subject)).isEqualTo(count);
    }

    // --- HTTP ----------------------------------------------------------------------------------

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile(SESSION_COOKIE + "=([^;]+)");

    /** Signs in through the sign-in form of the instance at {@code base}; the session cookie's value. */
    private static String signIn(String base, String username) throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("CSRF token on %s/login", base).isTrue();
        String cookie = session(form).orElseThrow();
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", SESSION_COOKIE + "=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + DEMO_PASSWORD + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return session(login).orElse(cookie);
    }

    private static java.util.Optional<String> session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).reduce((first, second) -> second);
    }

    private static HttpResponse<String> get(String url, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (session != null) {
            request.header("Cookie", SESSION_COOKIE + "=" + session);
        }
        return send(request);
    }

    private static String token(String base, String clientId, String secret) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=register.read%20register.write")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
