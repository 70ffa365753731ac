package se.sodertorn.governance.web.i18n;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.util.Locale;

/**
 * Writes a number on a page as the page's language does ({@link Formats}), for output only: a converter on an
 * {@code h:outputText} formats a table cell without an EL method call (which looks the method up by reflection
 * in every cell of every row).
 */
abstract class NumberText implements Converter<Number> {

    @Override
    public Number getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Written numbers are not read back: " + getClass().getSimpleName());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Number value) {
        return format(context.getViewRoot().getLocale(), value);
    }

    /** The number as the language writes it; empty for {@code null}. */
    abstract String format(Locale locale, Number value);
}
