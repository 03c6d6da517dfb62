package se.sambruk.multifraga.applications;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The riksnorm for försörjningsstöd (socialtjänstförordningen 2001:937, 2 kap. 1 §) as data per
 * year, with each year's source, read from {@code multifraga/riksnorm.txt} (one line per year).
 * The table for an application is that of its month's year, else the latest kept year before it
 * ({@link #forYear}); the calculation names the year and source it used, so a missing year shows.
 * Kept today: 2014, 2019 and 2021, the years whose amounts could be confirmed from published
 * sources (see docs/services/multifraga.md); the 2026 amounts could not be found.
 *
 * @param year       the year the amounts apply to
 * @param source     where the amounts come from
 * @param childUpTo  the upper ages (inclusive) of the children's brackets
 * @param child      personal costs per child in each bracket
 * @param single     personal costs of a single adult
 * @param couple     personal costs of a couple (sambor), together
 * @param common     common household costs for 1..7 persons
 */
public record Riksnorm(int year, String source, List<Integer> childUpTo, List<Integer> child, int single, int couple, List<Integer> common) {

    /** The children's age brackets (upper age, inclusive) of every table: 0, 1–2, 3, 4–6, 7–10, 11–14, 15–18, 19–20 years. */
    public static final List<Integer> CHILD_BRACKETS = List.of(0, 2, 3, 6, 10, 14, 18, 20);

    /** The kept tables by year. */
    public static final NavigableMap<Integer, Riksnorm> TABLES = read("/multifraga/riksnorm.txt");

    public static final Riksnorm Y2021 = TABLES.get(2021);

    /** The table in force for a year: that year's, else the latest kept before it (the earliest kept for a year before all). */
    public static Riksnorm forYear(int year) {
        Map.Entry<Integer, Riksnorm> entry = TABLES.floorEntry(year);
        return entry == null ? TABLES.firstEntry().getValue() : entry.getValue();
    }

    static NavigableMap<Integer, Riksnorm> read(String resource) {
        try (InputStream in = Riksnorm.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No riksnorm table " + resource);
            }
            NavigableMap<Integer, Riksnorm> tables = new TreeMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Riksnorm norm = parse(line);
                tables.put(norm.year(), norm);
            }
            return Collections.unmodifiableNavigableMap(tables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line: year | source | age brackets | child amounts | single | couple | common 1..7. */
    static Riksnorm parse(String line) {
        String[] f = line.split("\\|");
        if (f.length != 7) {
            throw new IllegalArgumentException("A riksnorm line has 7 fields: " + line);
        }
        List<Integer> upTo = numbers(f[2]);
        List<Integer> child = numbers(f[3]);
        List<Integer> common = numbers(f[6]);
        if (upTo.size() != child.size() || common.size() != 7) {
            throw new IllegalArgumentException("A riksnorm line needs an amount per age bracket and common costs for 1..7 persons: " + line);
        }
        return new Riksnorm(Integer.parseInt(f[0].strip()), f[1].strip(), upTo, child, Integer.parseInt(f[4].strip()),
                Integer.parseInt(f[5].strip()), common);
    }

    private static List<Integer> numbers(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /** Personal costs of a child of this age (0–20); a child over 20 counts as an adult. */
    public int child(int age) {
        for (int i = 0; i < childUpTo.size(); i++) {
            if (age <= childUpTo.get(i)) {
                return child.get(i);
            }
        }
        throw new IllegalArgumentException("Not a child's age: " + age);
    }

    /** Common household costs for a household of {@code persons}; beyond 7, each more adds the step from 6 to 7. */
    public int common(int persons) {
        if (persons < 1) {
            throw new IllegalArgumentException("A household has at least one person");
        }
        if (persons <= common.size()) {
            return common.get(persons - 1);
        }
        int step = common.get(6) - common.get(5);
        return common.get(6) + (persons - 7) * step;
    }
}
