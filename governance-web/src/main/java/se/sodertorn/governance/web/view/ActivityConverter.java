package se.sodertorn.governance.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.ejb.plan.ActivityService;

/** Turns an activity picked in an autocomplete into its id and back. */
@Named
@ApplicationScoped
public class ActivityConverter extends IdConverter<Activity> {

    @EJB
    private ActivityService activities;

    @Override
    protected Activity find(long id) {
        return activities.find(id);
    }
}
