package se.sambruk.operations;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import se.sambruk.SambrukApplication;

/**
 * The whole application in a JVM of its own (its main classes and libraries, not the tests'),
 * so a test can kill it as an operator's {@code kill -9} would and start it again.
 */
final class ChildApplication {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final Process process;
    final Path log;

    private ChildApplication(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the application on the port and arguments given; its output goes to {@code log}. */
    static ChildApplication start(Path log, List<String> jvmOptions, String... args) throws IOException {
        int port = freePort();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the main classes and libraries; not the test classes (their configurations would join the context)
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx384m", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, SambrukApplication.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--spring.main.banner-mode=off"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ChildApplication(port, process, log);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** GET; the status, or -1 when nothing answered. */
    int get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String body(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Waits until {@code /actuator/health} answers UP, or fails when the process ends or time is up. */
    void awaitHealthy(Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The application ended with exit code " + process.exitValue() + "; see " + log);
            }
            if (get("/actuator/health") == 200 && body("/actuator/health").contains("\"UP\"")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The application was not healthy after " + wait.toSeconds() + " s; see " + log);
    }

    /** {@code kill -9} of the JVM and of the processes it started itself (not the server, which runs in a session of its own). */
    void killHard() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
