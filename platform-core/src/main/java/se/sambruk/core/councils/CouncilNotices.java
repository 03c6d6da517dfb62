package se.sambruk.core.councils;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.Notifications;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.councils.Councils.Council;
import se.sambruk.core.security.AppUser;

/**
 * Tells the delegates of the member organisations when a voting or prioritisation round opens and
 * a day before it closes, through the core's {@link Notifications} (listed in the app, and e-mailed
 * to delegates with an address). Each notice is sent once: the round remembers it was sent, in the
 * same transaction that queues the notices.
 */
@Component
public class CouncilNotices {

    private static final Logger log = LoggerFactory.getLogger(CouncilNotices.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final Councils councils;
    private final VotingRounds rounds;
    private final PriorityRounds priorityRounds;
    private final Proposals proposals;
    private final ServiceCatalogue catalogue;
    private final ObjectProvider<Notifications> notifications;
    private final MessageSource messages;
    private final Clock clock;

    CouncilNotices(Councils councils, VotingRounds rounds, PriorityRounds priorityRounds, Proposals proposals, ServiceCatalogue catalogue,
                   ObjectProvider<Notifications> notifications, MessageSource messages, Clock clock) {
        this.councils = councils;
        this.rounds = rounds;
        this.priorityRounds = priorityRounds;
        this.proposals = proposals;
        this.catalogue = catalogue;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    /** Sends the notices that are due at {@code now}; returns how many users were notified. */
    @Transactional
    public int sendDue(Instant now) {
        Notifications notifier = notifications.getIfAvailable();
        if (notifier == null) {
            log.warn("No Notifications implementation: council notices wait");
            return 0;
        }
        int sent = 0;
        List<VotingRound> open = rounds.findOpen(now);
        for (VotingRound round : open) {
            boolean opening = round.needsOpeningNotice(now);
            boolean closing = round.needsClosingNotice(now);
            if (!opening && !closing) {
                continue;
            }
            Proposal proposal = proposals.findById(round.getProposalId()).orElseThrow();
            Council council = councils.council(catalogue.findById(proposal.getServiceId()).orElseThrow());
            String link = "/councils/" + council.service().getCode() + "/rounds/" + round.getId();
            String key = closing ? "notice.round.closing" : "notice.round.opened";
            sent += notify(notifier, council, key, proposal.getTitle(), round.getClosesAt(), link);
            // a round that opens less than a day before it closes gets both notices in one
            round.openingNoticeSent(now);
            if (closing) {
                round.closingNoticeSent(now);
            }
        }
        for (PriorityRound round : priorityRounds.findOpen(now)) {
            boolean opening = round.needsOpeningNotice(now);
            boolean closing = round.needsClosingNotice(now);
            if (!opening && !closing) {
                continue;
            }
            Council council = councils.council(catalogue.findById(round.getServiceId()).orElseThrow());
            String link = "/councils/" + council.service().getCode() + "/priorities/" + round.getId();
            String what = messages.getMessage("priority.title", new Object[] {String.valueOf(round.getYear())}, SWEDISH);
            sent += notify(notifier, council, closing ? "notice.round.closing" : "notice.round.opened", what, round.getClosesAt(), link);
            round.openingNoticeSent(now);
            if (closing) {
                round.closingNoticeSent(now);
            }
        }
        return sent;
    }

    private int notify(Notifications notifier, Council council, String key, String what, Instant closesAt, String link) {
        String closes = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Councils.STOCKHOLM).format(closesAt);
        String subject = messages.getMessage(key + ".subject", new Object[] {council.service().getName()}, SWEDISH);
        String text = messages.getMessage(key + ".text", new Object[] {what, council.service().getName(), closes}, SWEDISH);
        List<AppUser> delegates = councils.delegates(council);
        delegates.forEach(delegate -> notifier.notifyUser(delegate.getId(), subject, text, link));
        return delegates.size();
    }
}
