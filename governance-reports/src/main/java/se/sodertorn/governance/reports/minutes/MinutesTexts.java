package se.sodertorn.governance.reports.minutes;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the minutes document, from {@code MinutesTexts.properties} (Swedish). */
final class MinutesTexts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(MinutesTexts.class.getName(),
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private MinutesTexts() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }

    /** Pass arguments as strings: the pattern must not reformat numbers or dates. */
    static String format(String key, String... arguments) {
        return new MessageFormat(get(key), Locale.ROOT).format(arguments);
    }
}
