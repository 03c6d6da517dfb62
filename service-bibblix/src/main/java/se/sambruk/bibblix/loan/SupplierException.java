package se.sambruk.bibblix.loan;

/** The supplier did not register the loan: it refused it ({@code refused}) or could not be reached in time. */
public class SupplierException extends RuntimeException {

    private final boolean refused;

    public SupplierException(String message, boolean refused) {
        super(message);
        this.refused = refused;
    }

    public SupplierException(String message, Throwable cause) {
        super(message, cause);
        this.refused = false;
    }

    public boolean refused() {
        return refused;
    }
}
