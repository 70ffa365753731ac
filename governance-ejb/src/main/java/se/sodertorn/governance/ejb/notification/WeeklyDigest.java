package se.sodertorn.governance.ejb.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemRepository;
import se.sodertorn.governance.domain.organisation.Person;

/**
 * The weekly digest: every person with open action items due within the next 14 days (or overdue) gets one e-mail
 * listing them. It runs once per ISO week, even when several servers share the database.
 */
@Stateless
@PermitAll
public class WeeklyDigest {

    /** Days ahead a digest looks. */
    public static final int DAYS_AHEAD = 14;
    /** The most action items one digest run reads. */
    static final int MAX_ITEMS = 10_000;

    private static final Logger LOG = Logger.getLogger(WeeklyDigest.class.getName());

    @EJB
    private ScheduledRuns runs;
    @Inject
    private ActionItemRepository actions;
    @Inject
    private Recipients recipients;
    @Inject
    private Notifier notifier;

    /**
     * Sends the digest of the week that {@code today} falls in, unless it was sent already.
     *
     * @return how many people were written to, or -1 when this week's digest had already run
     */
    public int send(LocalDate today) {
        String key = "digest-" + today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        boolean first;
        try {
            first = runs.record(key);
        } catch (EJBException sameMoment) {
            first = false;
        }
        if (!first) {
            LOG.info(() -> "Weekly digest " + key + " already sent");
            return -1;
        }
        Map<Person, List<ActionItem>> byPerson = actions.openDueBy(today.plusDays(DAYS_AHEAD), MAX_ITEMS).stream()
                .filter(item -> item.getResponsible() != null)
                .collect(Collectors.groupingBy(ActionItem::getResponsible, LinkedHashMap::new, Collectors.toList()));
        int written = 0;
        for (Map.Entry<Person, List<ActionItem>> entry : byPerson.entrySet()) {
            var recipient = recipients.of(entry.getKey());
            if (recipient.isPresent()) {
                notifier.digest(recipient.get(), entry.getValue(), today);
                written++;
            }
        }
        int people = written;
        LOG.info(() -> "Weekly digest " + key + " written to " + people + " people");
        return written;
    }
}
