package se.sodertorn.governance.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's texts (bundle {@code messages}: Swedish and English), for the few places Java must word a message. */
public final class Texts {

    public static final String BUNDLE = "se.sodertorn.governance.web.i18n.messages";

    private Texts() {
    }

    /** The text for the key in the locale, with its {0}-style placeholders filled in; the key itself if unknown. */
    public static String format(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException unknown) {
            return key;
        }
    }
}
