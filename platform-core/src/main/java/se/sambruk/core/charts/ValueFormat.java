package se.sambruk.core.charts;

import se.sambruk.core.format.SwedishFormat;

/** How a chart writes its values, the Swedish way (see {@link SwedishFormat}). */
@FunctionalInterface
public interface ValueFormat {

    String format(double value);

    /** Whole numbers, grouped: "1 234". */
    ValueFormat COUNT = value -> SwedishFormat.count(Math.round(value));

    /** Whole percent: "32 %". */
    ValueFormat PERCENT = value -> SwedishFormat.percent(value);

    /** Values in öre, written as kronor: "3 400 000 kr". */
    ValueFormat ORE_AS_KRONOR = value -> SwedishFormat.amount(Math.round(value));

    /** Whole kronor: "3 400 000 kr". */
    ValueFormat KRONOR = value -> SwedishFormat.kronor(Math.round(value));

    /** Exactly {@code n} decimals: "1,5". */
    static ValueFormat decimals(int n) {
        return value -> SwedishFormat.decimal(value, n);
    }

    /** Percent with at most {@code n} decimals: "4,5 %". */
    static ValueFormat percent(int n) {
        return value -> SwedishFormat.percent(value, n);
    }

    /** Exactly {@code n} decimals and a unit after a no-break space: "1,5 dagar". */
    static ValueFormat withUnit(int n, String unit) {
        return value -> SwedishFormat.decimal(value, n) + "\u00a0" + unit;
    }

    /** Whether ticks may fall between whole numbers. */
    default boolean wholeNumbers() {
        return this == COUNT || this == PERCENT || this == KRONOR;
    }
}
