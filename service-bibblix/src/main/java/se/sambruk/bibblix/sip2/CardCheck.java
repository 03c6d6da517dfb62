package se.sambruk.bibblix.sip2;

/** What the library system said about a card and PIN. */
public enum CardCheck {
    /** A valid patron (BL Y), the right PIN (CQ Y), and not barred from borrowing. */
    VALID,
    /** The library does not know the card (BL N). */
    UNKNOWN_CARD,
    /** The card exists but the PIN is wrong (CQ N). */
    WRONG_PIN,
    /** The card is known but barred (charge privileges denied in the patron status). */
    BLOCKED,
    /** The library system did not answer in time, closed the connection or answered gibberish. */
    UNAVAILABLE
}
