package se.sambruk.core.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import se.sambruk.core.charts.GoalChart.Direction;

/**
 * Every chart kind, with the edge cases (no data, one point, a zero goal, long labels, large and
 * tiny values): laid out so that every label and bar stays inside the drawing, and rendered by
 * the fragment into well-formed SVG with its text alternative, legend and table.
 */
class ChartsTest {

    private static final String LONG = "Trasig gatubelysning vid gång- och cykelvägen längs Storgatan mellan torget och stationen";

    @org.junit.jupiter.api.BeforeEach
    void swedish() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.forLanguageTag("sv-SE"));
    }

    @org.junit.jupiter.api.AfterEach
    void reset() {
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }

    private static Map<String, Chart> charts() {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.of(2026, 1).plusMonths(i));
        }
        Map<String, Chart> charts = new java.util.LinkedHashMap<>();
        charts.put("bar-empty", BarChart.of("Tomt").build());
        charts.put("bar-one", BarChart.of("En").bar("Belysning", 1).build());
        charts.put("bar-long", BarChart.of("Långa etiketter").bar(LONG, 1234567).bar("Kort", 0).bar("Supercalifragilisticexpialidociousgatan", 3)
                .reference(1_000_000, "Mål: tre fjärdedelar av alla medlemmar i föreningen").valueHeader("Antal").build());
        charts.put("bar-kronor", BarChart.of("Kostnad").columns().format(ValueFormat.ORE_AS_KRONOR)
                .bar("2025", 340_000_000L).bar("2026", 12_500_050L).bar("2027", 0).build());
        charts.put("columns-months", BarChart.of("Per månad").columns().format(ValueFormat.COUNT).valueHeader("Rapporter")
                .bar("jan. 2026", 12).bar("feb. 2026", 0).bar(LONG, 3).reference(5, "Snitt 5").build());
        GroupedBarChart many = GroupedBarChart.of("Många").series("Webben", "Appen", "E-post", "Telefon", "Brev", "Annat", "Sju");
        for (YearMonth month : months) {
            many.category(se.sambruk.core.format.SwedishFormat.month(month), 1000, 2, 0, 30, null, 7, 123456);
        }
        charts.put("grouped-many", many.build());
        charts.put("grouped-empty", GroupedBarChart.of("Tomt").series("A", "B").build());
        charts.put("stacked-one", GroupedBarChart.of("Staplat").series("Webben", "Appen").stacked().category(LONG, 3, 4).build());
        List<Double> answer = new ArrayList<>(Arrays.asList(1.5, null, 2.25, 10.0, 0.0, 3.0, 3.0, 3.0, null, 4.0, 5.0, 123.5));
        charts.put("time-two", TimeSeries.of("Mediantid").months(months).format(ValueFormat.decimals(1)).valueHeader("Dagar")
                .series("Till första svar", answer).series("Till stängning", List.of(7, 8, 9)).build());
        charts.put("time-one-point", TimeSeries.of("En punkt").months(months.subList(0, 1)).series("A", List.of(5)).build());
        charts.put("time-empty", TimeSeries.of("Tom").months(months).series("A", List.of()).build());
        charts.put("share", ShareChart.of("Källor").part("Webben", 1).part("Appen", 1).part("Annat", 1).part(LONG, 0).build());
        charts.put("share-empty", ShareChart.of("Tom").part("Webben", 0).build());
        charts.put("share-one", ShareChart.of("En").part("Webben", 7).build());
        charts.put("goals", GoalChart.of("Målen 2026")
                .goal("Medlemmar", 109, 125, Direction.AT_LEAST, ValueFormat.COUNT)
                .goal("Förlorade medlemmar i år", 1, 0, Direction.AT_MOST, ValueFormat.COUNT)
                .goal("Förlorade medlemmar i fjol", 0, 0, Direction.AT_MOST, ValueFormat.COUNT)
                .goal(LONG, 32, 100, Direction.AT_LEAST, ValueFormat.PERCENT, 100)
                .goal("Andel från andra", 4.5, 20, Direction.AT_MOST, ValueFormat.percent(1))
                .goal("Över målet", 250, 100, Direction.AT_LEAST, ValueFormat.PERCENT, 100).build());
        charts.put("goals-empty", GoalChart.of("Inga mål").build());
        long[][] counts = new long[12][12];
        counts[0][0] = 1;
        counts[5][7] = 10;
        counts[11][11] = 4;
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            labels.add("57," + (10 + i));
        }
        charts.put("heat", HeatMap.of("Var", counts).rowLabels(labels).columnLabels(labels).cornerHeader("Lat \\ lon").build());
        charts.put("heat-empty", HeatMap.of("Tom", new long[0][0]).build());
        charts.put("heat-zero", HeatMap.of("Noll", new long[3][3]).build());
        return charts;
    }

    @Test
    void everyShapeAndLabelStaysInsideTheDrawing() {
        charts().forEach((name, chart) -> {
            for (Chart.Shape shape : chart.shapes()) {
                switch (shape.kind()) {
                    case "rect" -> {
                        assertThat(shape.x()).as(name + " rect x").isBetween(0.0, (double) chart.width());
                        assertThat(shape.x() + shape.w()).as(name + " rect right").isLessThanOrEqualTo(chart.width() + 0.1);
                        assertThat(shape.y()).as(name + " rect y").isGreaterThanOrEqualTo(0.0);
                        assertThat(shape.y() + shape.h()).as(name + " rect bottom").isLessThanOrEqualTo(chart.height() + 0.1);
                    }
                    case "line" -> {
                        assertThat(List.of(shape.x(), shape.x2())).as(name + " line x").allMatch(x -> x >= 0 && x <= chart.width());
                        assertThat(List.of(shape.y(), shape.y2())).as(name + " line y").allMatch(y -> y >= 0 && y <= chart.height());
                    }
                    case "text" -> {
                        double widest = ChartText.widest(shape.lines(), shape.fontSize());
                        double left = switch (shape.anchor()) {
                            case "middle" -> shape.x() - widest / 2;
                            case "end" -> shape.x() - widest;
                            default -> shape.x();
                        };
                        assertThat(left).as(name + " text left of " + shape.lines()).isGreaterThanOrEqualTo(-0.1);
                        assertThat(left + widest).as(name + " text right of " + shape.lines()).isLessThanOrEqualTo(chart.width() + 0.1);
                        assertThat(shape.y() - shape.fontSize()).as(name + " text top of " + shape.lines()).isGreaterThanOrEqualTo(-0.1);
                        double lastBaseline = shape.y() + (shape.lines().size() - 1) * shape.lineHeight();
                        assertThat(lastBaseline + shape.fontSize() * 0.3).as(name + " text bottom of " + shape.lines())
                                .isLessThanOrEqualTo(chart.height() + 0.1);
                        assertThat(shape.lines()).allMatch(line -> !line.isBlank() || shape.lines().size() == 1);
                    }
                    case "path" -> assertThat(shape.d()).as(name).isNotBlank();
                    default -> throw new AssertionError("unknown shape " + shape.kind());
                }
            }
            assertThat(chart.description()).as(name).isNotBlank();
            assertThat(chart.table().rows()).allMatch(row -> row.cells().size() == chart.table().headers().size() - 1);
        });
    }

    @Test
    void longLabelsWrapInsteadOfRunningOut() {
        Chart chart = charts().get("bar-long");
        Chart.Shape label = chart.shapes().stream().filter(s -> "text".equals(s.kind()) && s.lines().get(0).startsWith("Trasig")).findFirst()
                .orElseThrow();
        assertThat(label.lines()).hasSizeGreaterThan(2);
        assertThat(String.join(" ", label.lines())).isEqualTo(LONG);
    }

    @Test
    void aGoalWhereLowerIsBetterIsMissedByAnyOutcomeAboveItsTarget() {
        Chart chart = charts().get("goals");
        assertThat(chart.table().rows().get(1).cells()).containsExactly("1", "mål högst 0", "inte nått");
        assertThat(chart.table().rows().get(2).cells()).containsExactly("0", "mål högst 0", "nått");
        assertThat(chart.table().rows().get(4).cells()).containsExactly("4,5\u00a0%", "mål högst 20\u00a0%", "nått");
        // the zero goal's target line sits at the start of its track; the missed outcome's bar reaches beyond it
        List<Chart.Shape> lines = chart.shapes().stream().filter(s -> "line".equals(s.kind())).toList();
        List<Chart.Shape> tracks = chart.shapes().stream().filter(s -> "rect".equals(s.kind()) && "#eef0f2".equals(s.fill())).toList();
        assertThat(lines.get(1).x()).isEqualTo(tracks.get(1).x());
        List<Chart.Shape> bars = chart.shapes().stream().filter(s -> "rect".equals(s.kind()) && !"#eef0f2".equals(s.fill())).toList();
        assertThat(bars.get(1).w()).isGreaterThan(0.0);
        assertThat(bars.get(1).fill()).startsWith("url(#");
        assertThat(bars.get(2).w()).isEqualTo(0.0);
    }

    @Test
    void sharesAddUpToAHundredPercent() {
        Chart chart = charts().get("share");
        assertThat(chart.table().rows()).extracting(row -> row.cells().get(1))
                .containsExactly("34\u00a0%", "33\u00a0%", "33\u00a0%", "0\u00a0%");
        assertThat(chart.legend()).hasSize(4);
        assertThat(charts().get("share-empty").description()).isEqualTo("Inga uppgifter.");
    }

    @Test
    void aTimeSeriesBreaksItsLineAtMissingValuesAndSpacesOutCrowdedLabels() {
        Chart chart = charts().get("time-two");
        Chart.Shape first = chart.shapes().stream().filter(s -> "path".equals(s.kind())).findFirst().orElseThrow();
        assertThat(first.d().split("M")).hasSize(4); // three runs: 1-1, 3-8, 10-12
        assertThat(chart.table().rows().get(1).cells()).containsExactly("–", "8,0");
        assertThat(chart.legend()).hasSize(2);
        assertThat(chart.legend()).extracting(Chart.LegendItem::dash).doesNotHaveDuplicates();
    }

    @Test
    void theFragmentDrawsEveryChartAsAccessibleSvgWithItsFiguresATableAway() throws Exception {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setOrder(2);
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        engine.setTemplateEngineMessageSource(messages);
        for (Map.Entry<String, Chart> entry : charts().entrySet()) {
            Context context = new Context(Locale.forLanguageTag("sv"), Map.of("chart", entry.getValue()));
            String html = engine.process("<div th:replace=\"~{fragments/charts :: chart(${chart})}\"></div>", context);
            Document document = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            Element figure = document.getDocumentElement();
            String name = entry.getKey();
            assertThat(figure.getTagName()).isEqualTo("figure");
            Element svg = (Element) figure.getElementsByTagName("svg").item(0);
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getAttribute("aria-label")).as(name).startsWith(entry.getValue().title()).contains(entry.getValue().description());
            assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 " + entry.getValue().width() + " " + entry.getValue().height());
            assertThat(html).as(name).contains("Visa siffrorna som tabell").doesNotContain("??");
            NodeList rows = ((Element) figure.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
            assertThat(rows.getLength()).as(name).isEqualTo(Math.max(1, entry.getValue().table().rows().size()));
            for (Chart.Pattern pattern : entry.getValue().patterns()) {
                assertThat(html).contains("id=\"" + pattern.id() + "\"");
            }
            for (Chart.Shape shape : entry.getValue().shapes()) {
                if (shape.fill() != null && shape.fill().startsWith("url(#")) {
                    String id = shape.fill().substring(5, shape.fill().length() - 1);
                    assertThat(entry.getValue().patterns()).as(name + " pattern " + id).anyMatch(p -> p.id().equals(id));
                }
            }
        }
    }
}
