package se.sodertorn.governance.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.sodertorn.governance.domain.notification.Notification;
import se.sodertorn.governance.ejb.notification.NotificationService;
import se.sodertorn.governance.ejb.workday.StartPage;
import se.sodertorn.governance.ejb.workday.StartPageService;
import se.sodertorn.governance.web.i18n.Texts;

/** {@code /index.xhtml}: the person's start page, and sending a failed e-mail again from it. */
@Named
@ViewScoped
public class StartBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StartPageService startPages;
    @EJB
    private NotificationService notifications;

    private StartPage page;

    @PostConstruct
    void load() {
        page = startPages.startPage();
    }

    /** Queues a failed e-mail to be sent again. */
    public void retry(Notification notification) {
        notifications.retry(notification.getId());
        load();
        Messages.addGlobalInfo(Texts.format(Faces.getLocale(), "start.retried", notification.getRecipient()));
    }

    public StartPage getPage() {
        return page;
    }
}
