package se.sambruk.core.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;
import se.sambruk.core.subscription.UsageStatistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A map of Sweden's municipalities as SVG, drawn on the server from the boundary file
 * ({@code sambruk.geo.municipalities}), with the municipalities that use a service marked.
 */
@Controller
class MunicipalityMap {

    private static final double WIDTH = 360;
    private static final String USES = "#1d6b4f", OTHER = "#e8eef3";
    /** With its charset: clients that do not read the XML declaration's default (UTF-8) would garble å, ä, ö. */
    private static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);
    private static final double MIN_LON = 10.9, MAX_LON = 24.2, MIN_LAT = 55.3, MAX_LAT = 69.1;
    /** Longitude degrees shrink with latitude; scale them at Sweden's middle so the shape is right. */
    private static final double LON_SCALE = Math.cos(Math.toRadians(62));

    private final List<Shape> shapes;
    private final UsageStatistics usage;
    private final double height;

    MunicipalityMap(@Value("${sambruk.geo.municipalities:classpath:reference-data/municipalities.geojson}") Resource boundaries,
                    ObjectMapper json, UsageStatistics usage) {
        this.usage = usage;
        this.height = Math.round(WIDTH * (MAX_LAT - MIN_LAT) / ((MAX_LON - MIN_LON) * LON_SCALE));
        this.shapes = read(boundaries, json);
    }

    @GetMapping(value = "/map.svg", produces = "image/svg+xml")
    ResponseEntity<String> map() {
        Set<String> reached = usage.municipalitiesReached();
        StringBuilder svg = new StringBuilder(300_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append((int) WIDTH).append(' ').append((int) height)
                .append("\" role=\"img\" aria-label=\"Sveriges kommuner\">")
                .append("<g stroke=\"#8a9aa8\" stroke-width=\"0.3\">");
        for (Shape shape : shapes) {
            // presentation attributes, not a style sheet: the content security policy forbids inline styles
            svg.append("<path fill=\"").append(reached.contains(shape.code()) ? USES : OTHER)
                    .append("\" d=\"").append(shape.path()).append("\"><title>")
                    .append(HtmlUtils.htmlEscape(shape.name(), "UTF-8")).append("</title></path>");
        }
        svg.append("</g>");
        svg.append("</svg>");
        return ResponseEntity.ok().contentType(SVG)
                .cacheControl(CacheControl.noCache()).body(svg.toString());
    }

    private List<Shape> read(Resource boundaries, ObjectMapper json) {
        try (InputStream in = boundaries.getInputStream()) {
            List<Shape> result = new ArrayList<>();
            for (JsonNode feature : json.readTree(in).get("features")) {
                JsonNode properties = feature.get("properties");
                result.add(new Shape(properties.get("kommunkod").asString(), properties.get("kommunnamn").asString(),
                        path(feature.get("geometry"))));
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the municipality boundaries " + boundaries, e);
        }
    }

    private String path(JsonNode geometry) {
        StringBuilder d = new StringBuilder();
        JsonNode polygons = geometry.get("coordinates");
        boolean multi = "MultiPolygon".equals(geometry.get("type").asString());
        for (JsonNode polygon : multi ? polygons : List.of(polygons)) {
            for (JsonNode ring : polygon) {
                char command = 'M';
                for (JsonNode point : ring) {
                    double x = (point.get(0).asDouble() - MIN_LON) * LON_SCALE / ((MAX_LON - MIN_LON) * LON_SCALE) * WIDTH;
                    double y = (MAX_LAT - point.get(1).asDouble()) / (MAX_LAT - MIN_LAT) * height;
                    d.append(command).append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                    command = 'L';
                }
                d.append('Z');
            }
        }
        return d.toString();
    }

    private record Shape(String code, String name, String path) {
    }
}
