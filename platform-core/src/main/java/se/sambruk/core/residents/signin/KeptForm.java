package se.sambruk.core.residents.signin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A resident's form posted after the session ended: kept in the session so that, once the same
 * resident has signed in again, it can be sent on from {@code /e-tjanster/fortsatt}.
 */
record KeptForm(String path, Map<String, List<String>> fields, Long residentId) implements Serializable {
}
