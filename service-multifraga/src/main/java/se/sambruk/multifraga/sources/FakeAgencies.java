package se.sambruk.multifraga.sources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.sambruk.core.http.OutgoingUrls;

/**
 * The local fakes of SSBTEK and LEFI in a JVM of their own, without Spring, for the benchmark
 * (bench/multifraga.sh): the app then asks them over the network as it would ask the agencies, and
 * the CPU they use is counted apart from the app's. The demo keeps starting them inside the app
 * ({@code sambruk.multifraga.fake.enabled}).
 *
 * <p>Run from the packaged jar without starting the app:
 * {@code java -cp sambruk-platform.jar -Dloader.main=se.sambruk.multifraga.sources.FakeAgencies
 * org.springframework.boot.loader.launch.PropertiesLauncher --delays=AF:200,CSN:500 --lefi-delay=1200 --failures=SO:REFUSE}.
 * It prints {@code SSBTEK_URL=...} and {@code LEFI_URL=...} (for {@code sambruk.multifraga.ssbtek.url} and
 * {@code sambruk.multifraga.lefi.url}; both hosts go in {@code sambruk.http.allowed-internal-hosts}) and
 * answers until it is stopped.
 */
public final class FakeAgencies {

    private FakeAgencies() {
    }

    /** The settings of the command line: {@code --delays=}, {@code --lefi-delay=}, {@code --failures=} (the demo's formats). */
    record Settings(List<String> delays, int lefiDelay, List<String> failures) {

        static Settings parse(String... args) {
            List<String> delays = List.of();
            List<String> failures = List.of();
            int lefiDelay = 0;
            for (String arg : args) {
                String[] pair = arg.split("=", 2);
                String value = pair.length == 2 ? pair[1].strip() : "";
                switch (pair[0]) {
                    case "--delays" -> delays = list(value);
                    case "--failures" -> failures = list(value);
                    case "--lefi-delay" -> {
                        try {
                            lefiDelay = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--lefi-delay: " + value + " is not a number of milliseconds");
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown setting " + arg + " (--delays=, --lefi-delay=, --failures=)");
                }
            }
            return new Settings(delays, lefiDelay, failures);
        }

        private static List<String> list(String value) {
            return value.isEmpty() ? List.of() : new ArrayList<>(Arrays.stream(value.split(",")).map(String::strip).toList());
        }
    }

    /** Both fakes running, with their base addresses (for {@code sambruk.multifraga.ssbtek.url} and {@code ...lefi.url}). */
    record Started(SsbtekFake ssbtek, LefiFake lefi, String ssbtekUrl, String lefiUrl) {

        /** The hosts to allow in the app's {@code sambruk.http.allowed-internal-hosts}. */
        List<String> hosts() {
            return List.of(java.net.URI.create(ssbtekUrl).getAuthority(), java.net.URI.create(lefiUrl).getAuthority());
        }

        void stop() {
            ssbtek.stop();
            lefi.stop();
        }
    }

    static Started start(Settings settings) {
        OutgoingUrls urls = new OutgoingUrls(List.of());
        SsbtekFake ssbtek = new SsbtekFake(urls, true, settings.delays(), settings.failures());
        LefiFake lefi = new LefiFake(urls, true, settings.lefiDelay(), settings.failures());
        return new Started(ssbtek, lefi, ssbtek.url(), lefi.url());
    }

    public static void main(String[] args) throws InterruptedException {
        Started started = start(Settings.parse(args));
        System.out.println("SSBTEK_URL=" + started.ssbtekUrl());
        System.out.println("LEFI_URL=" + started.lefiUrl());
        System.out.println("ALLOWED_HOSTS=" + String.join(",", started.hosts()));
        System.out.flush();
        Thread.currentThread().join();
    }
}
