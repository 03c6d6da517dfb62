package se.sambruk.membership.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such record, or none the user may see: the two answers look alike on purpose. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    public NotFound() {
        super("Not found");
    }
}
