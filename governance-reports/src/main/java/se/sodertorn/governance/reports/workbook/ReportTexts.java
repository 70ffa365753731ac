package se.sodertorn.governance.reports.workbook;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the module's workbooks, from {@code ReportTexts.properties} (Swedish). */
public final class ReportTexts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(ReportTexts.class.getName(),
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ReportTexts() {
    }

    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    public static String format(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.ROOT).format(arguments);
    }
}
