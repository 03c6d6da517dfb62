package se.sambruk.core.http;

import org.springframework.web.client.RestClientException;

/**
 * An outgoing call the guard did not make (an internal address, a redirect, not http(s)); the
 * message is a short Swedish reason that is safe to show to the user who set the address.
 */
public class OutgoingUrlRefused extends RestClientException {

    public OutgoingUrlRefused(String reason) {
        super(reason);
    }
}
