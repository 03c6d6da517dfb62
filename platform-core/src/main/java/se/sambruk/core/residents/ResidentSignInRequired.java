package se.sambruk.core.residents;

/**
 * Thrown when a resident page needs a signed-in resident and there is none (or the session ended):
 * the core answers with the sign-in page and returns the resident to the page afterwards.
 */
public class ResidentSignInRequired extends RuntimeException {

    public ResidentSignInRequired() {
        super("A resident must sign in");
    }
}
