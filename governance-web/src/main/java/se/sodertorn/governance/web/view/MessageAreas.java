package se.sodertorn.governance.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.omnifaces.util.Components;

/**
 * Decides which area shows a message, so that each is shown and announced once: a form with its own message area
 * (a dialog's) shows the errors and warnings of what it sent itself; the page's area shows everything else. A
 * message about a field names it, so that the page can link the field to its message.
 */
@Named
@RequestScoped
public class MessageAreas {

    /** The request parameter a form with its own message area sends, so that the page's area leaves it its errors. */
    public static final String OWN_AREA = "governance.ownMessages";

    /** A message as an area shows it: its text, severity (0 information … 3 fatal) and the field's client id, or "". */
    public record Shown(String text, int severity, String field) {
    }

    /**
     * What the page's area shows: every message, except the errors and warnings of an Ajax request from a form that
     * shows them itself (a full page load closes the dialogs, so then the page shows them).
     */
    public List<Shown> getPage() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean formShowsErrors = context.getPartialViewContext().isAjaxRequest()
                && context.getExternalContext().getRequestParameterMap().containsKey(OWN_AREA);
        return shown(context, message -> !(formShowsErrors && isProblem(message)));
    }

    /** What the area of the form being rendered shows: the errors and warnings of a request this form sent. */
    public List<Shown> getForm() {
        FacesContext context = FacesContext.getCurrentInstance();
        UIForm form = Components.getClosestParent(UIComponent.getCurrentComponent(context), UIForm.class);
        if (form == null || form != Components.getCurrentForm()) {
            return List.of();
        }
        return shown(context, MessageAreas::isProblem);
    }

    private static boolean isProblem(FacesMessage message) {
        return message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_WARN.getOrdinal();
    }

    private static List<Shown> shown(FacesContext context, Predicate<FacesMessage> wanted) {
        List<Shown> shown = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext();) {
            String clientId = ids.next();
            for (FacesMessage message : context.getMessageList(clientId)) {
                if (wanted.test(message)) {
                    message.rendered();
                    shown.add(new Shown(message.getSummary(), message.getSeverity().getOrdinal(),
                            clientId == null ? "" : clientId));
                }
            }
        }
        return shown;
    }
}
