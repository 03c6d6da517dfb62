package se.sambruk.egil.sync;

import java.util.UUID;

public record ObjectKey(ScimType type, UUID externalId) {

    String path() {
        return type.endpoint() + "/" + externalId;
    }
}
