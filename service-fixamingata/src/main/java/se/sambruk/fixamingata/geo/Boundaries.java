package se.sambruk.fixamingata.geo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Municipality boundaries (GeoJSON MultiPolygons in WGS84) and which municipality a point lies in.
 * Point in polygon by ray casting (even-odd over every ring, so holes count); distances on a local
 * equirectangular projection, exact enough within a few kilometres.
 */
public final class Boundaries {

    /** A pin closer than this to another municipality gets a warning and a choice. */
    public static final double NEAR_BORDER_METRES = 100;
    /** A point in no polygon (the simplified coast) still belongs to a municipality this close. */
    static final double COAST_TOLERANCE_METRES = 1500;
    private static final double METRES_PER_DEGREE = 111_195;

    private final List<Area> areas;

    private Boundaries(List<Area> areas) {
        this.areas = areas;
    }

    public static Boundaries read(InputStream geoJson) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(geoJson);
        List<Area> areas = new ArrayList<>();
        for (JsonNode feature : root.get("features")) {
            JsonNode properties = feature.get("properties");
            Municipality municipality = new Municipality(properties.get("kommunkod").asString(), properties.get("kommunnamn").asString());
            JsonNode geometry = feature.get("geometry");
            List<double[][]> rings = new ArrayList<>();
            JsonNode polygons = geometry.get("type").asString().equals("Polygon")
                    ? JsonMapper.builder().build().createArrayNode().add(geometry.get("coordinates")) : geometry.get("coordinates");
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    double[][] points = new double[ring.size()][];
                    for (int i = 0; i < ring.size(); i++) {
                        points[i] = new double[]{ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
                    }
                    rings.add(points);
                }
            }
            areas.add(new Area(municipality, rings));
        }
        return new Boundaries(areas);
    }

    public List<Municipality> municipalities() {
        return areas.stream().map(Area::municipality).sorted(Comparator.comparing(Municipality::name)).toList();
    }

    public Optional<Municipality> byCode(String kommunkod) {
        return areas.stream().map(Area::municipality).filter(m -> m.kommunkod().equals(kommunkod)).findFirst();
    }

    /** The municipality's bounding box: west, south, east, north (degrees). */
    public Optional<double[]> box(String kommunkod) {
        return areas.stream().filter(a -> a.municipality().kommunkod().equals(kommunkod)).findFirst().map(a -> a.box().clone());
    }

    /**
     * Where a point lies: its municipality (or the nearest one along the coast), and the other
     * municipalities within {@link #NEAR_BORDER_METRES}; empty when the point is outside Sweden.
     */
    public Optional<Placement> locate(double lat, double lon) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
            return Optional.empty();
        }
        Area inside = null;
        for (Area area : areas) {
            if (area.contains(lon, lat)) {
                inside = area;
                break;
            }
        }
        if (inside == null) {
            Area nearest = null;
            double best = COAST_TOLERANCE_METRES;
            for (Area area : areas) {
                double distance = area.distanceMetres(lon, lat, best);
                if (distance < best) {
                    best = distance;
                    nearest = area;
                }
            }
            if (nearest == null) {
                return Optional.empty();
            }
            inside = nearest;
        }
        List<Municipality> neighbours = new ArrayList<>();
        for (Area area : areas) {
            if (area != inside && area.distanceMetres(lon, lat, NEAR_BORDER_METRES) < NEAR_BORDER_METRES) {
                neighbours.add(area.municipality());
            }
        }
        return Optional.of(new Placement(inside.municipality(), neighbours));
    }

    /** The municipality a point decides, and others whose border is within 100 m. */
    public record Placement(Municipality municipality, List<Municipality> nearBorderWith) {
        public boolean nearBorder() {
            return !nearBorderWith.isEmpty();
        }
    }

    private record Area(Municipality municipality, List<double[][]> rings, double[] box) {

        Area(Municipality municipality, List<double[][]> rings) {
            this(municipality, rings, box(rings));
        }

        private static double[] box(List<double[][]> rings) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (double[][] ring : rings) {
                for (double[] point : ring) {
                    box[0] = Math.min(box[0], point[0]);
                    box[1] = Math.min(box[1], point[1]);
                    box[2] = Math.max(box[2], point[0]);
                    box[3] = Math.max(box[3], point[1]);
                }
            }
            return box;
        }

        boolean contains(double x, double y) {
            if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) {
                return false;
            }
            boolean inside = false;
            for (double[][] ring : rings) {
                for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                    double xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
                    if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }

        /** Metres from the point to the nearest edge; {@code limit} or more when the bounding box is already farther. */
        double distanceMetres(double lon, double lat, double limit) {
            double scale = Math.cos(Math.toRadians(lat));
            double marginLat = limit / METRES_PER_DEGREE, marginLon = marginLat / Math.max(scale, 0.01);
            if (lon < box[0] - marginLon || lon > box[2] + marginLon || lat < box[1] - marginLat || lat > box[3] + marginLat) {
                return Double.MAX_VALUE;
            }
            double best = Double.MAX_VALUE;
            for (double[][] ring : rings) {
                for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                    best = Math.min(best, segmentDistance(lon, lat, ring[j], ring[i], scale));
                }
            }
            return best;
        }

        private static double segmentDistance(double lon, double lat, double[] a, double[] b, double scale) {
            double ax = (a[0] - lon) * scale, ay = a[1] - lat, bx = (b[0] - lon) * scale, by = b[1] - lat;
            double dx = bx - ax, dy = by - ay;
            double length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length));
            double px = ax + t * dx, py = ay + t * dy;
            return Math.sqrt(px * px + py * py) * METRES_PER_DEGREE;
        }
    }
}
