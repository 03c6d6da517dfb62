package se.sambruk.bibblix.library;

import java.time.Duration;

import se.sambruk.bibblix.sip2.Sip2Settings;

/** A municipality's library: how its library system is reached over SIP2, and how long loan history is kept. */
public record Library(long id, long organisationId, String name, String sipHost, int sipPort, boolean sipTls, String institutionId,
                      String loginUser, String loginPasswordCipher, String locationCode, boolean errorDetection, int timeoutMs,
                      int historyDays) {

    public Sip2Settings settings(String loginPassword) {
        return new Sip2Settings(sipHost, sipPort, sipTls, institutionId, loginUser, loginPassword, locationCode, errorDetection,
                Duration.ofMillis(timeoutMs));
    }
}
