package se.sodertorn.governance.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.web.i18n.Texts;

/**
 * Turns a record picked in an autocomplete into its id and back, looking it up through a service. Text typed but
 * not picked from the suggestions is taken when it names exactly one record, and otherwise refused with a message
 * naming it, never silently dropped.
 */
public abstract class IdConverter<T extends BaseEntity> implements Converter<T> {

    private static final int MAX_ID_DIGITS = 18;
    private static final int SHOWN = 40;

    /** The record with the id, from its service. */
    protected abstract T find(long id);

    /**
     * The one record whose label is exactly the typed text (a whole name typed but not picked), or {@code null} when
     * none or several are; then the text is refused.
     */
    protected T byLabel(String text) {
        return null;
    }

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.chars().allMatch(Character::isDigit) || value.length() > MAX_ID_DIGITS) {
            T named = byLabel(value.strip());
            if (named != null) {
                return named;
            }
            String text = value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.format(context.getViewRoot().getLocale(), "autocomplete.notPicked", text.strip()), null));
        }
        return find(Long.parseLong(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T entity) {
        return entity == null || entity.getId() == null ? "" : entity.getId().toString();
    }
}
