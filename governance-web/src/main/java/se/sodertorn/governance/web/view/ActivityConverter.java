package se.sodertorn.governance.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Named;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.ejb.plan.ActivityService;

/** Turns an activity picked in an autocomplete into its id and back. */
@Named
@ApplicationScoped
public class ActivityConverter implements Converter<Activity> {

    @EJB
    private ActivityService activities;

    @Override
    public Activity getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank() || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return activities.find(Long.parseLong(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Activity activity) {
        return activity == null || activity.getId() == null ? "" : activity.getId().toString();
    }
}
