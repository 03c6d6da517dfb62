package se.sambruk.multifraga.sources;

/**
 * One agency (or one service of an agency) that a look-up can ask. A new source, such as
 * Multifråga XL's employer declarations from Skatteverket, is one class implementing this and
 * a setting: register it as a Spring bean and it appears in the form, is asked concurrently
 * with the others under its own timeout, and its answer is sealed and shown like the others.
 */
public interface AgencySource {

    /** A short code, unique among the sources, e.g. {@code CSN}. */
    String code();

    /** The name a caseworker reads, e.g. "CSN (studiestöd)". */
    String name();

    /** The longest period this source answers for, in months. */
    default int maxMonths() {
        return 24;
    }

    /** The report type a caseworker's role must grant to ask this source (setting {@code sambruk.multifraga.sources.<CODE>.report-type} overrides it). */
    default ReportType reportType() {
        return ReportType.HOUSEHOLD;
    }

    /** Whether the source is set up and can be offered (a source without its address is left out of the form). */
    default boolean available() {
        return true;
    }

    /** Asks for one person; blocks at most about the source's timeout. */
    SourceAnswer ask(SourceQuestion question) throws Exception;
}
