package se.sambruk.core;

import java.util.Map;

/**
 * Implemented by a service module that reports usage figures (accounts synchronised, reports
 * received, loans, ...) for cost sharing by the USAGE allocation key.
 */
public interface ServiceUsageFigures {

    String serviceCode();

    /** The year's usage figure per municipality (organisation id) the service served. */
    Map<Long, Long> usageByMunicipality(int year);
}
