package se.sambruk.core.charts;

import java.util.ArrayList;
import java.util.List;

/** A value axis from 0 to a round maximum, with ticks at round steps (1, 2, 2.5 or 5 times a power of ten). */
record Scale(double max, double step) {

    static Scale of(double largest, boolean wholeNumbers) {
        if (!(largest > 0) || Double.isInfinite(largest)) {
            return new Scale(wholeNumbers ? 4 : 1, wholeNumbers ? 1 : 0.25);
        }
        double rough = largest / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude * 10;
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (magnitude * factor >= rough) {
                step = magnitude * factor;
                break;
            }
        }
        if (wholeNumbers) {
            step = Math.max(1, Math.ceil(step));
        }
        return new Scale(Math.ceil(largest / step - 1e-9) * step, step);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i * step <= max + step / 1000; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    /** {@code value} as a share of the axis, within 0 and 1. */
    double fraction(double value) {
        return Math.max(0, Math.min(1, value / max));
    }
}
