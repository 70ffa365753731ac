package se.sodertorn.governance.web.i18n;

import jakarta.faces.convert.FacesConverter;
import java.util.Locale;

/** A whole number with grouping, e.g. "12 500" or "12,500": {@code converter="governance.Whole"}. */
@FacesConverter("governance.Whole")
public class WholeText extends NumberText {

    @Override
    String format(Locale locale, Number value) {
        return Formats.whole(locale, value);
    }
}
