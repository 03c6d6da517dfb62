package se.sambruk.bibblix.sip2;

import java.time.Duration;

/**
 * How one library's SIP2 server is reached.
 *
 * @param loginUser empty when the server needs no Login (93) message
 * @param errorDetection whether messages carry a sequence number (AY) and checksum (AZ)
 */
public record Sip2Settings(String host, int port, boolean tls, String institutionId, String loginUser, String loginPassword,
                           String locationCode, boolean errorDetection, Duration timeout) {

    @Override
    public String toString() {
        return "Sip2Settings[" + host + ":" + port + (tls ? " TLS" : "") + ", institution " + institutionId + "]";
    }
}
