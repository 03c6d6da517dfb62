package se.sambruk.core.charts;

import java.util.concurrent.atomic.AtomicLong;

/** What every chart builder takes: title, id, note, how values are written and the table's headers. */
abstract class ChartBuilder<B extends ChartBuilder<B>> {

    static final int WIDTH = 640;
    static final int FONT = 13;
    static final int SMALL = 12;
    private static final AtomicLong SEQUENCE = new AtomicLong();

    final String title;
    String id;
    String note;
    String description;
    String labelHeader;
    String valueHeader;
    ValueFormat format = ValueFormat.COUNT;
    Words words = Words.current();
    int width = WIDTH;

    ChartBuilder(String title) {
        this.title = title == null ? "" : title;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The chart's id on the page (letters, digits, hyphens); by default a generated one. */
    public B id(String id) {
        this.id = id == null ? null : id.replaceAll("[^A-Za-z0-9-]", "-");
        return self();
    }

    /** A line shown under the chart, such as what a dashed line means. */
    public B note(String note) {
        this.note = note;
        return self();
    }

    /** The text alternative, replacing the one the builder writes from the figures. */
    public B description(String description) {
        this.description = description;
        return self();
    }

    /** How values are written (default {@link ValueFormat#COUNT}). */
    public B format(ValueFormat format) {
        this.format = format == null ? ValueFormat.COUNT : format;
        return self();
    }

    /** The table's header for the row labels (default the chart has none: "" ). */
    public B labelHeader(String header) {
        this.labelHeader = header;
        return self();
    }

    /** The table's header for the values, and the value axis' caption where there is an axis. */
    public B valueHeader(String header) {
        this.valueHeader = header;
        return self();
    }

    /** The drawing's width in SVG units (default 640); it scales down to the page's width. */
    public B width(int width) {
        this.width = Math.max(280, width);
        return self();
    }

    String chartId() {
        return id != null ? id : "chart-" + SEQUENCE.incrementAndGet();
    }

    String valueHeaderOr(String fallback) {
        return valueHeader == null || valueHeader.isBlank() ? fallback : valueHeader;
    }

    String labelHeaderOr() {
        return labelHeader == null ? "" : labelHeader;
    }

    String describe(String generated) {
        return description != null ? description : generated;
    }
}
