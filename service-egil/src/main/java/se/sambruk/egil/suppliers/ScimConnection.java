package se.sambruk.egil.suppliers;

/** One supplier's SCIM endpoint, as the sync engine sees it: a request, and the supplier's answer. */
public interface ScimConnection {

    /** The supplier's answer; status 0 when no answer came (connection refused, timeout, TLS refused). */
    record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** Worth trying again soon: no answer, 429 or a server error. */
        public boolean transientFailure() {
            return status == 0 || status == 429 || status >= 500;
        }
    }

    /** @param path relative to the base URL, such as {@code Users} or {@code Users/3f2c...} */
    Answer send(String method, String path, String body);
}
