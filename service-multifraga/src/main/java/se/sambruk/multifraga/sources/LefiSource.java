package se.sambruk.multifraga.sources;

import org.springframework.stereotype.Component;

/**
 * Försäkringskassan asked directly through LEFI's REST API, beside SSBTEK: one class and its
 * settings ({@code sambruk.multifraga.lefi.url}, {@code sambruk.multifraga.lefi.aktor.<kommunkod>},
 * {@code sambruk.multifraga.sources.LEFI.timeout}), as every source. Offered only when LEFI is set up.
 */
@Component
class LefiSource implements AgencySource {

    private final LefiClient client;
    private final org.springframework.beans.factory.ObjectProvider<AgencySources> sources;

    LefiSource(LefiClient client, org.springframework.beans.factory.ObjectProvider<AgencySources> sources) {
        this.client = client;
        this.sources = sources;
    }

    @Override
    public String code() {
        return "LEFI";
    }

    @Override
    public String name() {
        return "Försäkringskassan direkt (LEFI: förmåner, utbetalningar)";
    }

    @Override
    public boolean available() {
        return client.configured();
    }

    @Override
    public SourceAnswer ask(SourceQuestion question) throws Exception {
        return client.ask(question, sources.getObject().timeout(code()));
    }
}
