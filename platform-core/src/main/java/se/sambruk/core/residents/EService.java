package se.sambruk.core.residents;

/**
 * A service's e-service for residents, declared as a bean by the service module: the core lists
 * it on the residents' start page {@code /e-tjanster}, with the municipalities that offer it (those
 * subscribing to {@code serviceCode} today). Its pages live under {@link #path()}, which is
 * {@code /e-tjanster/<serviceCode>} and reached only by a signed-in resident; the start page links
 * to {@link #path()}.
 *
 * @param serviceCode the service's code in the catalogue ("provisum"); also the path segment
 * @param nameKey message key of the e-service's name ("Lämna årsräkning")
 * @param descriptionKey message key of a sentence about what a resident does there
 */
public record EService(String serviceCode, String nameKey, String descriptionKey) {

    /** Where residents' paths start: every e-service's pages live below it. */
    public static final String BASE_PATH = "/e-tjanster";

    public EService {
        if (serviceCode == null || !serviceCode.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A service code is lower-case letters, digits and hyphens");
        }
    }

    /** {@code /e-tjanster/<serviceCode>}: the e-service's start page and the root of its pages. */
    public String path() {
        return BASE_PATH + "/" + serviceCode;
    }
}
