package se.sambruk.core.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailMaskTests {

    @Test
    void theRecipientKeepsOnlyItsDomain() {
        assertThat(MailMask.recipient("ida.invanare@example.se")).isEqualTo("•••@example.se");
        assertThat(MailMask.recipient("utan-snabel-a")).isEqualTo("•••");
        assertThat(MailMask.recipient(null)).isEmpty();
    }

    @Test
    void theSubjectKeepsOnlyItsFirstWord() {
        assertThat(MailMask.subject("FixaMinGata 4711: Hål i vägen vid Ida Invånares hus")).isEqualTo("FixaMinGata •••");
        assertThat(MailMask.subject("Bekräfta: din rapport")).isEqualTo("Bekräfta •••");
        assertThat(MailMask.subject("Enordsämne")).isEqualTo("Enordsämne •••");
        assertThat(MailMask.subject("https://fixamingata.se/fixamingata/konto/inloggning/abcdef0123456789 och mer")).isEqualTo("•••");
    }
}
