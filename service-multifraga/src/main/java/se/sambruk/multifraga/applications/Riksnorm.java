package se.sambruk.multifraga.applications;

import java.util.List;

/**
 * The riksnorm for försörjningsstöd (socialtjänstförordningen 2001:937, 2 kap. 1 §) as data, with
 * its year and source. The table kept is the latest whose figures could be confirmed from the
 * published ordinance: the amounts for 2021 (SFS 2020:1013, amounts per month in kronor, children
 * with lunch on weekdays). The 2026 amounts could not be confirmed here; until they are added, the
 * calculation says which year's table it used.
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

    public static final Riksnorm Y2021 = new Riksnorm(2021, "SFS 2020:1013 (förordning om ändring i socialtjänstförordningen 2001:937), 2 kap. 1 §",
            List.of(0, 2, 3, 6, 10, 14, 18, 20), List.of(2180, 2440, 2170, 2440, 3060, 3520, 3970, 4000),
            3160, 5700, List.of(1020, 1130, 1420, 1610, 1860, 2100, 2270));

    /** The table in force for a year: the latest kept that is not later than it. */
    public static Riksnorm forYear(int year) {
        return Y2021;
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
