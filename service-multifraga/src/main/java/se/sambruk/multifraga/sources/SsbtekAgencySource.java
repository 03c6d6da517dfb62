package se.sambruk.multifraga.sources;

import java.util.Map;

/** One agency behind SSBTEK's composite service, asked on its own so each has its own timeout. */
final class SsbtekAgencySource implements AgencySource {

    private static final Map<String, String> NAMES = Map.of(
            "AF", "Arbetsförmedlingen (inskrivning, aktivitet)",
            "CSN", "CSN (studiestöd)",
            "FK", "Försäkringskassan (förmåner, beslut, utbetalningar)",
            "SKV", "Skatteverket (beskattning, kapitalinkomst)",
            "SO", "Arbetslöshetskassorna (utbetalningar)",
            "TNS", "Transportstyrelsen (fordon)",
            "MIV", "Migrationsverket (tillstånd, ersättning)");

    private final String code;
    private final SsbtekClient client;
    private final AgencySources sources;

    SsbtekAgencySource(String code, SsbtekClient client, AgencySources sources) {
        this.code = code;
        this.client = client;
        this.sources = sources;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String name() {
        return NAMES.getOrDefault(code, code);
    }

    @Override
    public SourceAnswer ask(SourceQuestion question) throws Exception {
        return client.ask(question, code, sources.timeout(code));
    }
}
