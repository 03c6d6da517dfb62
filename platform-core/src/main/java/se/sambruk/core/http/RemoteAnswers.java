package se.sambruk.core.http;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLException;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClientResponseException;

/**
 * A short, safe reason for a failed outgoing call, to show to users and keep with a delivery:
 * the status and its standard phrase, or what kind of failure it was. Never the remote server's
 * body or an exception's text, which could carry an internal server's answer.
 */
public final class RemoteAnswers {

    private RemoteAnswers() {
    }

    /** "HTTP 500 (Internal Server Error)". */
    public static String status(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return "HTTP " + status + (known == null ? "" : " (" + known.getReasonPhrase() + ")");
    }

    /** The reason for any failure of an outgoing call. */
    public static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutgoingUrlRefused refused) {
                return refused.getMessage();
            }
            if (cause instanceof RestClientResponseException answered) {
                return status(answered.getStatusCode().value());
            }
            if (cause instanceof UnknownHostException) {
                return "Värdnamnet finns inte.";
            }
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException
                    || cause instanceof org.apache.hc.client5.http.ConnectTimeoutException) {
                return "Servern svarar inte (ingen anslutning).";
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return "Servern svarade inte i tid.";
            }
            if (cause instanceof SSLException) {
                return "TLS-förbindelsen misslyckades (certifikat eller protokoll).";
            }
        }
        return "Servern kunde inte nås eller gav ett svar som inte gick att läsa.";
    }
}
