package se.sambruk.core.costsharing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a sum of öre in proportion to weights so that the parts add up exactly: every part
 * gets the whole öre of its exact quota, and the öre left over go one each to the parts with
 * the largest remainders (ties to the earlier part, so the result is repeatable).
 */
final class LargestRemainder {

    private LargestRemainder() {
    }

    static long[] split(long total, List<BigInteger> weights) {
        if (total < 0) {
            throw new IllegalArgumentException("A cost cannot be negative");
        }
        long[] parts = new long[weights.size()];
        BigInteger sum = weights.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (weights.isEmpty() || total == 0) {
            return parts;
        }
        if (sum.signum() <= 0) {
            throw new IllegalArgumentException("Nothing to divide the cost by: every weight is zero");
        }
        BigInteger amount = BigInteger.valueOf(total);
        List<int[]> byRemainder = new ArrayList<>();
        BigInteger[] remainders = new BigInteger[weights.size()];
        long given = 0;
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i).signum() < 0) {
                throw new IllegalArgumentException("A weight cannot be negative");
            }
            BigInteger[] quotient = amount.multiply(weights.get(i)).divideAndRemainder(sum);
            parts[i] = quotient[0].longValueExact();
            remainders[i] = quotient[1];
            given += parts[i];
            byRemainder.add(new int[]{i});
        }
        byRemainder.sort(Comparator.<int[], BigInteger>comparing(index -> remainders[index[0]]).reversed()
                .thenComparingInt(index -> index[0]));
        for (int k = 0; k < total - given; k++) {
            parts[byRemainder.get(k)[0]]++;
        }
        return parts;
    }
}
