package se.sambruk.uka.web;

import jakarta.validation.constraints.Size;

/** SCB's questions about a registration: why the young person is covered, and whether they declined the first action offered. */
class ScbDetailsForm {

    @Size(max = 40)
    private String registrationReason;
    private boolean declinedOffer;

    public String getRegistrationReason() { return registrationReason; }
    public void setRegistrationReason(String registrationReason) { this.registrationReason = registrationReason; }
    public boolean isDeclinedOffer() { return declinedOffer; }
    public void setDeclinedOffer(boolean declinedOffer) { this.declinedOffer = declinedOffer; }
}
