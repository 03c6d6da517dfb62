/**
 * Swedish formatting of figures for pages, charts and exports: amounts, counts, years,
 * percentages, coordinates, dates and plurals. Java code calls {@link se.sambruk.core.format.SwedishFormat};
 * templates use the bean {@code @fmt} ({@link se.sambruk.core.format.Fmt}), e.g.
 * {@code ${@fmt.count(n)}}, {@code ${@fmt.amount(ore)}}, {@code ${@fmt.plural(n, 'councils.organisations')}}.
 */
@org.springframework.modulith.NamedInterface("format")
package se.sambruk.core.format;
