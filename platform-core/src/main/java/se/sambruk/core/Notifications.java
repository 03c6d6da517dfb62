package se.sambruk.core;

/**
 * E-mail and in-app notices for every module. E-mails go through an outbox in the database:
 * queued in the caller's transaction, sent by SMTP after it commits, retried with backoff until
 * the mail server takes them, so a mail is neither lost nor sent twice.
 */
public interface Notifications {

    /** Queues an e-mail to one address (a resident, a contact person, a back-end's inbox). */
    void email(String to, String subject, String text);

    /**
     * Lists the notice among the user's notifications in the app and e-mails it to the user's
     * address when the user has one.
     *
     * @param link a path in the app the notice is about, or null
     */
    void notifyUser(long userId, String subject, String text, String link);
}
