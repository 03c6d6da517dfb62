package se.sambruk.uka.eservice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A young person's request to be contacted: a short message. */
class ContactRequestForm {

    @NotBlank
    @Size(max = 500)
    private String message;

    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}
