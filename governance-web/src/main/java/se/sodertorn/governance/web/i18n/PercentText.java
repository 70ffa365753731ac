package se.sodertorn.governance.web.i18n;

import jakarta.faces.convert.FacesConverter;
import java.util.Locale;

/** A percentage given in percent, e.g. "18,62 %" or "18.62%": {@code converter="governance.Percent"}. */
@FacesConverter("governance.Percent")
public class PercentText extends NumberText {

    @Override
    String format(Locale locale, Number value) {
        return Formats.percent(locale, value);
    }
}
