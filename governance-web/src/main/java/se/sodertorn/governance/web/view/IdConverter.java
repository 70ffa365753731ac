package se.sodertorn.governance.web.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import se.sodertorn.governance.domain.shared.BaseEntity;

/** Turns a record picked in an autocomplete into its id and back, looking it up through a service. */
public abstract class IdConverter<T extends BaseEntity> implements Converter<T> {

    /** The record with the id, from its service. */
    protected abstract T find(long id);

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank() || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return find(Long.parseLong(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T entity) {
        return entity == null || entity.getId() == null ? "" : entity.getId().toString();
    }
}
