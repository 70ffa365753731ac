package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.ejb.organisation.BodyService;
import se.sodertorn.governance.ejb.security.CalendarSubscriptionService;
import se.sodertorn.governance.ejb.security.MyCalendarFeed;
import se.sodertorn.governance.ejb.shared.ApplicationLinks;
import se.sodertorn.governance.web.i18n.Texts;

/**
 * {@code /meetings/calendar.xhtml} ("Min kalender"), optionally {@code ?body=ID} when come from a body's page: the
 * caller's secret feed address, made, renewed and revoked here. The token is only known right after it was made
 * (only its hash is stored), so the addresses are shown in full then and not after a reload.
 */
@Named
@ViewScoped
public class MyCalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CalendarSubscriptionService subscriptions;
    @EJB
    private BodyService bodies;
    @Inject
    private ApplicationLinks links;

    private Long bodyId;
    private Body body;
    private MyCalendarFeed feed;
    private String token;

    /** Loads the caller's address and, when named, the body. */
    public void load() {
        feed = subscriptions.mine();
        body = bodyId == null ? null : bodies.find(bodyId);
    }

    public void create() {
        token = subscriptions.create();
        told("calendarFeed.created");
    }

    public void renew() {
        token = subscriptions.renew(feed.version());
        told("calendarFeed.renewed");
    }

    public void revoke() {
        subscriptions.revoke(feed.version());
        token = null;
        told("calendarFeed.revoked");
    }

    private void told(String key) {
        feed = subscriptions.mine();
        Messages.addGlobalInfo(Texts.format(Faces.getLocale(), key));
    }

    /** The personal feed's address, e.g. {@code https://…/governance/feeds/TOKEN.ics}; null unless just made. */
    public String getPersonalAddress() {
        return token == null ? null : base() + "feeds/" + token + ".ics";
    }

    /** The body's feed address with the caller's token; null unless just made or without a body. */
    public String getBodyAddress() {
        return token == null || body == null ? null : base() + "feeds/" + token + "/bodies/" + body.getId() + ".ics";
    }

    /** The personal address for calendar programs that open {@code webcal:} links (Outlook, Apple Calendar). */
    public String getPersonalWebcal() {
        return webcal(getPersonalAddress());
    }

    /** The body's address as a {@code webcal:} link. */
    public String getBodyWebcal() {
        return webcal(getBodyAddress());
    }

    /** The address with {@code webcal://} in place of {@code http://} or {@code https://}. */
    static String webcal(String address) {
        return address == null ? null : address.replaceFirst("^https?://", "webcal://");
    }

    private String base() {
        return links.baseOr(Faces.getRequestBaseURL());
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public Body getBody() {
        return body;
    }

    public MyCalendarFeed getFeed() {
        return feed;
    }

    /** Whether the addresses were just made and are shown in full. */
    public boolean isShown() {
        return token != null;
    }
}
