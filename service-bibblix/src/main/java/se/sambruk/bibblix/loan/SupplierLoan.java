package se.sambruk.bibblix.loan;

/** The supplier's loan: its id and the link that opens the book. */
public record SupplierLoan(String loanId, String deliveryUrl, boolean duplicate) {
}
