package se.sambruk.core;

/** The Luhn check digit that ends both personnummer and organisation numbers (over their last ten digits). */
final class Luhn {

    private Luhn() {
    }

    /** Every other digit from the first doubled (less 9 when above 9); valid when the sum is a multiple of ten. */
    static boolean valid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
