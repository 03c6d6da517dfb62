package se.sambruk.core.residents.signin;

/** A refused sign-in: the reason for the page, and a detail for the audit log (never shown). */
public class SignInFailed extends RuntimeException {

    private final SignInFailure failure;

    public SignInFailed(SignInFailure failure, String detail) {
        super(failure + ": " + detail);
        this.failure = failure;
    }

    public SignInFailed(SignInFailure failure, String detail, Throwable cause) {
        super(failure + ": " + detail, cause);
        this.failure = failure;
    }

    public SignInFailure failure() {
        return failure;
    }
}
