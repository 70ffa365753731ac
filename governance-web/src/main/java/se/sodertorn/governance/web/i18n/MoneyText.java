package se.sodertorn.governance.web.i18n;

import jakarta.faces.convert.FacesConverter;
import java.util.Locale;

/** Whole kronor, e.g. "5 134 000 kr" or "SEK 5,134,000": {@code converter="governance.Money"}. */
@FacesConverter("governance.Money")
public class MoneyText extends NumberText {

    @Override
    String format(Locale locale, Number value) {
        return Formats.money(locale, value);
    }
}
