package se.sambruk.core;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where every map of the platform loads its tiles from, and the attribution the tile service
 * requires: {@code sambruk.maps.tile-url} (an https URL template with {z}, {x} and {y}, and
 * optionally {s} for the service's subdomains) and {@code sambruk.maps.attribution}. The pages'
 * content security policy allows images from exactly that host ({@link #imageSource()}).
 * docs/operations.md says which service to choose.
 */
@Component
public class MapTiles {

    private final String url;
    private final String attribution;
    private final String imageSource;

    public MapTiles(@Value("${sambruk.maps.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String url,
                    @Value("${sambruk.maps.attribution:© OpenStreetMap-bidragsgivare}") String attribution) {
        this.url = url.trim();
        this.attribution = attribution;
        this.imageSource = source(this.url);
    }

    /** The CSP source of a tile URL template: its scheme and host, with a {s} subdomain as a wildcard. */
    static String source(String template) {
        if (!template.contains("{z}") || !template.contains("{x}") || !template.contains("{y}")) {
            throw new IllegalArgumentException("sambruk.maps.tile-url needs {z}, {x} and {y}: " + template);
        }
        URI uri = URI.create(template.replace("{s}", "s-wildcard").replaceAll("\\{[a-z]+}", "0"));
        boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || local && "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("sambruk.maps.tile-url must be an https URL: " + template);
        }
        return uri.getScheme() + "://" + uri.getHost().replace("s-wildcard", "*") + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    /** The URL template for Leaflet: https://…/{z}/{x}/{y}.png. */
    public String url() {
        return url;
    }

    /** The attribution shown on the map, as text. */
    public String attribution() {
        return attribution;
    }

    /** The host the pages may load tile images from, for the content security policy. */
    public String imageSource() {
        return imageSource;
    }
}
