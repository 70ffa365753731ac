package se.sodertorn.governance.reports.followup;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The workbook's texts, from {@code FollowUpTexts.properties} (Swedish). */
final class FollowUpTexts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(FollowUpTexts.class.getName(),
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private FollowUpTexts() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }

    static String format(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.ROOT).format(arguments);
    }
}
