package se.sambruk.core.residents.signin;

/**
 * Why a sign-in (or a signature's authentication) was refused. Each has a page text
 * ({@code residents.failure.NAME}) and an HTTP status: 400 for an answer that does not hold,
 * 503 when the provider cannot be reached, 200 when the resident cancelled.
 */
public enum SignInFailure {
    CANCELLED(200),
    UNKNOWN_PROVIDER(400),
    PROVIDER_UNAVAILABLE(503),
    PROVIDER_ERROR(400),
    STATE_MISMATCH(400),
    TOKEN_REFUSED(400),
    BAD_SIGNATURE(400),
    WRONG_ISSUER(400),
    WRONG_AUDIENCE(400),
    EXPIRED(400),
    NONCE_MISMATCH(400),
    NOT_FRESH(400),
    MISSING_PERSONAL_IDENTITY_NUMBER(400),
    INVALID_PERSONAL_IDENTITY_NUMBER(400),
    MISSING_NAME(400),
    WRONG_SIGNER(400);

    private final int status;

    SignInFailure(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return "residents.failure." + name();
    }
}
