package se.sodertorn.governance.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * Numbers, percentages and money as the page's language writes them ({@code #{fmt.money(x)}}): "5 134 000 kr" and
 * "18,62 %" in Swedish, "SEK 5,134,000" and "18.62%" in English; also the separators the number inputs use.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    private static final char NO_BREAK = '\u00a0';

    private Locale locale() {
        return Faces.getLocale();
    }

    private boolean swedish() {
        return isSwedish(locale());
    }

    private static boolean isSwedish(Locale locale) {
        return !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** Whole kronor with grouping; empty for {@code null}. */
    public String money(Number amount) {
        return money(locale(), amount);
    }

    /** A whole number with grouping; empty for {@code null}. */
    public String whole(Number value) {
        return whole(locale(), value);
    }

    /** A percentage given in percent (18.62 means 18.62 %), with up to two decimals; empty for {@code null}. */
    public String percent(Number percent) {
        return percent(locale(), percent);
    }

    /** {@link #money(Number)} in the given language. */
    static String money(Locale locale, Number amount) {
        if (amount == null) {
            return "";
        }
        String number = whole(locale, amount);
        return isSwedish(locale) ? number + NO_BREAK + "kr" : "SEK" + NO_BREAK + number;
    }

    /** {@link #whole(Number)} in the given language. */
    static String whole(Locale locale, Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value instanceof BigDecimal decimal ? decimal.setScale(0, RoundingMode.HALF_UP) : value);
    }

    /** {@link #percent(Number)} in the given language. */
    static String percent(Locale locale, Number percent) {
        if (percent == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String number = format.format(percent);
        return isSwedish(locale) ? number + NO_BREAK + "%" : number + "%";
    }

    /** The decimal separator of number inputs: "," in Swedish, "." in English. */
    public String getDecimalSeparator() {
        return String.valueOf(DecimalFormatSymbols.getInstance(locale()).getDecimalSeparator());
    }

    /** The thousands separator of number inputs: a space in Swedish, "," in English. */
    public String getThousandSeparator() {
        return swedish() ? " " : ",";
    }

    /** The currency shown after (Swedish) or before (English) an amount input. */
    public String getCurrencySymbol() {
        return swedish() ? " kr" : "SEK ";
    }

    /** Where the currency symbol goes in an amount input: {@code s} (suffix) or {@code p} (prefix). */
    public String getCurrencyPosition() {
        return swedish() ? "s" : "p";
    }
}
