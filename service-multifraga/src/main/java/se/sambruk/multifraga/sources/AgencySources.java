package se.sambruk.multifraga.sources;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The sources a look-up can ask: one per SSBTEK agency named in
 * {@code sambruk.multifraga.ssbtek.agencies}, plus every other {@link AgencySource} bean. Each
 * source's timeout is {@code sambruk.multifraga.sources.<CODE>.timeout} (default
 * {@code sambruk.multifraga.timeout}, 10 s).
 */
@Component
public class AgencySources {

    private final Map<String, AgencySource> byCode = new LinkedHashMap<>();
    private final Environment environment;
    private final Duration defaultTimeout;

    public AgencySources(SsbtekClient ssbtek, org.springframework.beans.factory.ObjectProvider<AgencySource> others, Environment environment,
                   @Value("${sambruk.multifraga.ssbtek.agencies:AF,CSN,FK,SKV,SO,TNS,MIV}") List<String> agencies,
                   @Value("${sambruk.multifraga.timeout:PT10S}") Duration defaultTimeout) {
        this.environment = environment;
        this.defaultTimeout = defaultTimeout;
        for (String agency : agencies) {
            String code = agency.trim();
            if (!SsbtekClient.AGENCIES.contains(code)) {
                throw new IllegalStateException("Not an SSBTEK agency: " + code + " (one of " + SsbtekClient.AGENCIES + ")");
            }
            byCode.put(code, new SsbtekAgencySource(code, ssbtek, this));
        }
        for (AgencySource other : others.orderedStream().toList()) {
            if (other.available()) {
                byCode.put(other.code(), other);
            }
        }
    }

    public List<AgencySource> all() {
        return Collections.unmodifiableList(new ArrayList<>(byCode.values()));
    }

    public Optional<AgencySource> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The report type needed to ask a source: {@code sambruk.multifraga.sources.<CODE>.report-type}, else the source's own. */
    public ReportType reportType(String code) {
        AgencySource source = byCode.get(code);
        ReportType own = source == null ? ReportType.HOUSEHOLD : source.reportType();
        return environment.getProperty("sambruk.multifraga.sources." + code + ".report-type", ReportType.class, own);
    }

    public Duration timeout(String code) {
        return environment.getProperty("sambruk.multifraga.sources." + code + ".timeout", Duration.class, defaultTimeout);
    }
}
