package se.sodertorn.governance.web.view.meetings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemFilter;
import se.sodertorn.governance.domain.meeting.ActionItemFilter.DueWithin;
import se.sodertorn.governance.domain.meeting.ActionItemStatus;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.ejb.meeting.ActionItemService;
import se.sodertorn.governance.ejb.security.MyAccountService;
import se.sodertorn.governance.ejb.shared.Clocks;
import se.sodertorn.governance.web.faces.PagedLazyModel;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.view.Feedback;
import se.sodertorn.governance.web.view.RegisterChoices;

/**
 * {@code /meetings/actions.xhtml[?mine=true]}: the register of action items, paged in the database and filtered by
 * responsible person (or "mine"), body, status and how soon they are due; the secretariat closes an item or
 * carries it to its body's next meeting from here.
 */
@Named
@ViewScoped
public class ActionItemsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ALL = "ALL";

    @EJB
    private ActionItemService actions;
    @EJB
    private MyAccountService account;
    @Inject
    private RegisterChoices choices;

    private boolean mine;
    private Person me;
    private Person responsible;
    private Long bodyId;
    private ActionItemStatus status = ActionItemStatus.OPEN;
    private DueWithin due;
    private LocalDate today;
    private final PagedLazyModel<ActionItem> model = new PagedLazyModel<>(
            request -> mine && me == null ? new Page<>(List.of(), 0) : actions.register(filter(), request));

    @PostConstruct
    void init() {
        me = account.person();
        today = LocalDate.now(Clocks.SWEDEN);
    }

    private ActionItemFilter filter() {
        Person who = mine ? me : responsible;
        return new ActionItemFilter(who == null ? null : who.getId(), bodyId, status, due, today);
    }

    /** A filter changed: the table counts again. */
    public void filterChanged() {
        model.refresh();
    }

    public void close(ActionItem item) {
        actions.closeToday(item.getId(), item.getVersion());
        model.refresh();
        Feedback.saved(Texts.format(Faces.getLocale(), "actions.ui.closed", item.getText()));
    }

    public void carry(ActionItem item) {
        ActionItem carried = actions.carryToNextMeeting(item.getId(), item.getVersion());
        model.refresh();
        Feedback.saved(Texts.format(Faces.getLocale(), "actions.ui.carried", carried.getDueDate().toString()));
    }

    /** Opens an item marked done by mistake again. */
    public void reopen(ActionItem item) {
        actions.reopen(item.getId());
        model.refresh();
        Feedback.saved(Texts.format(Faces.getLocale(), "actions.ui.reopened", item.getText()));
    }

    /** Whether the item is overdue today. */
    public boolean overdue(ActionItem item) {
        return item.isOverdue(today);
    }

    /** The filters as the page's query string, e.g. {@code ?status=OPEN&due=TWO_WEEKS&mine=true}. */
    public String getQuery() {
        List<String> parts = new ArrayList<>();
        if (mine) {
            parts.add("mine=true");
        }
        if (bodyId != null) {
            parts.add("body=" + bodyId);
        }
        parts.add("status=" + (status == null ? ALL : status.name()));
        if (due != null) {
            parts.add("due=" + due.name());
        }
        return "?" + String.join("&", parts);
    }

    /** The status filter by name, as the address carries it ({@code ALL} for every status); unknown names are ignored. */
    public String getStatusName() {
        return status == null ? ALL : status.name();
    }

    public void setStatusName(String name) {
        status = ALL.equals(name) ? null : choice(ActionItemStatus.class, name, status);
    }

    /** The due filter by name, as the address carries it; unknown names are ignored. */
    public String getDueName() {
        return due == null ? null : due.name();
    }

    public void setDueName(String name) {
        due = choice(DueWithin.class, name, null);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name, E otherwise) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return otherwise;
    }

    /** Our own bodies, at whose meetings action items are given. */
    public List<Body> getBodies() {
        return choices.getBodies().stream().filter(body -> !body.isExternal()).toList();
    }

    public ActionItemStatus[] getStatuses() {
        return ActionItemStatus.values();
    }

    public DueWithin[] getDueChoices() {
        return DueWithin.values();
    }

    /** Whether the user's account belongs to a person, so that "mine" means something. */
    public boolean isPerson() {
        return me != null;
    }

    public PagedLazyModel<ActionItem> getModel() {
        return model;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public Person getResponsible() {
        return responsible;
    }

    public void setResponsible(Person responsible) {
        this.responsible = responsible;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public ActionItemStatus getStatus() {
        return status;
    }

    public void setStatus(ActionItemStatus status) {
        this.status = status;
    }

    public DueWithin getDue() {
        return due;
    }

    public void setDue(DueWithin due) {
        this.due = due;
    }
}
