package se.sambruk.core.notification;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.DisposableBean;

/**
 * A real SMTP server inside the JVM that keeps every mail it receives, for the demo profile and
 * the tests (sambruk.mail.local-catcher=true): mails go over the wire exactly as in production,
 * and staff can read them under Administration → E-post.
 */
public class LocalMailCatcher implements DisposableBean {

    private final GreenMail server;

    LocalMailCatcher(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
    }

    /** The SMTP port it listens on (another instance of the application may send to it). */
    public int port() {
        return server.getSmtp().getPort();
    }

    /** Every mail received so far, oldest first. */
    public List<CaughtMail> mails() {
        return Arrays.stream(server.getReceivedMessages()).map(LocalMailCatcher::read).toList();
    }

    /** Waits (up to the timeout) for a mail that matches, for tests that follow a mailed link. */
    public Optional<CaughtMail> await(Predicate<CaughtMail> wanted, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        do {
            Optional<CaughtMail> found = mails().stream().filter(wanted).reduce((first, second) -> second);
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        } while (Instant.now().isBefore(end));
        return Optional.empty();
    }

    @Override
    public void destroy() {
        server.stop();
    }

    private static CaughtMail read(MimeMessage message) {
        try {
            Object content = message.getContent();
            return new CaughtMail(
                    Arrays.stream(message.getAllRecipients()).map(Object::toString).toList(),
                    message.getSubject(),
                    (content instanceof String text ? text : String.valueOf(content)).replace("\r\n", "\n").strip(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read a caught mail", e);
        }
    }

    /** One received mail. */
    public record CaughtMail(List<String> to, String subject, String text, Instant sentAt) {
        public boolean isTo(String address) {
            return to.stream().anyMatch(address::equalsIgnoreCase);
        }
    }
}
