package se.sambruk.bibblix.sip2;

/** The library system could not be asked or gave an answer that cannot be read. */
public class Sip2Exception extends RuntimeException {

    public Sip2Exception(String message) {
        super(message);
    }

    public Sip2Exception(String message, Throwable cause) {
        super(message, cause);
    }
}
