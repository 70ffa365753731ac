package se.sodertorn.governance.web.view.register;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.ejb.organisation.BodyService;
import se.sodertorn.governance.ejb.organisation.MembershipService;
import se.sodertorn.governance.web.faces.PagedLazyModel;
import se.sodertorn.governance.web.view.Feedback;

/**
 * {@code /register/body.xhtml?id=…}: one body, who sits in it on a chosen day, and all its memberships; the
 * secretariat adds, edits and ends memberships.
 */
@Named
@ViewScoped
public class BodyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BodyService bodies;

    @EJB
    private MembershipService memberships;

    private Long id;
    private Body body;
    private LocalDate day = LocalDate.now();
    private List<Membership> sitting;
    private PagedLazyModel<Membership> history;
    private Membership selected;
    private LocalDate lastDay;

    /** Loads the body named by the view parameter. */
    public void load() {
        body = bodies.find(id);
        history = new PagedLazyModel<>(request -> memberships.membersOf(body.getId(), request));
        showDay();
    }

    public void showDay() {
        sitting = memberships.sittingOn(body.getId(), day == null ? LocalDate.now() : day);
    }

    public void add() {
        selected = Membership.blankIn(body, LocalDate.now());
    }

    public void edit(long membershipId) {
        selected = memberships.find(membershipId);
    }

    public void prepareEnd(long membershipId) {
        selected = memberships.find(membershipId);
        lastDay = LocalDate.now();
    }

    public void save() {
        memberships.save(selected);
        afterChange();
    }

    public void end() {
        memberships.end(selected.getId(), lastDay, selected.getVersion());
        afterChange();
    }

    private void afterChange() {
        history.refresh();
        showDay();
        Feedback.saved(selected.getPerson().getFullName());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Body getBody() {
        return body;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public List<Membership> getSitting() {
        return sitting;
    }

    public PagedLazyModel<Membership> getHistory() {
        return history;
    }

    public Membership getSelected() {
        return selected;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
