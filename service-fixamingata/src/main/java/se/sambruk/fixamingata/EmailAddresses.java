package se.sambruk.fixamingata;

import java.util.regex.Pattern;

/**
 * The one check of an e-mail address typed by a resident, an app (Open311) or staff: one line,
 * one {@code @}, a dot in the domain, no white space or control characters (so no CR/LF and no
 * smuggled {@code Bcc:} header line), at most 320 characters.
 */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]{1,255}\\.[^@\\s\\p{Cntrl}]{2,}$");

    private EmailAddresses() {
    }

    /** Whether the text (already stripped of surrounding blanks) is an address we may send mail to. */
    public static boolean valid(String address) {
        return address != null && address.length() <= 320 && ADDRESS.matcher(address).matches();
    }
}
