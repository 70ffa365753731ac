package se.sodertorn.governance.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omnifaces.util.Components;
import se.sodertorn.governance.web.i18n.Texts;

/**
 * A date typed into a date field, so that typing is enough: the Swedish standard form 2026-11-30 (also 2026-1-5 and
 * 20261130), or day first as 30/11/2026, 30.11.2026 or 30-11-2026. Anything else is refused with a message saying
 * how to write it. Shown as 2026-11-30.
 */
@Named
@ApplicationScoped
public class DateConverter implements Converter<LocalDate> {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})");

    /** The date the text means, if it is one in a form this converter reads. */
    static Optional<LocalDate> parse(String text) {
        String value = text.strip();
        try {
            Matcher yearFirst = YEAR_FIRST.matcher(value);
            if (yearFirst.matches()) {
                int group = yearFirst.group(1) != null ? 1 : 4;
                return Optional.of(date(yearFirst.group(group), yearFirst.group(group + 1), yearFirst.group(group + 2)));
            }
            Matcher dayFirst = DAY_FIRST.matcher(value);
            if (dayFirst.matches()) {
                return Optional.of(date(dayFirst.group(4), dayFirst.group(3), dayFirst.group(1)));
            }
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value).orElseThrow(() -> new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Texts.format(context.getViewRoot().getLocale(), "date.unreadable", Components.getLabel(component),
                        value.strip()), null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
