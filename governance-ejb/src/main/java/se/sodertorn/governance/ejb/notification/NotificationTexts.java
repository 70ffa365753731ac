package se.sodertorn.governance.ejb.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of e-mail notifications, from {@code NotificationTexts.properties} (Swedish) and
 * {@code NotificationTexts_en.properties}, in the recipient's language whatever the server's own locale is.
 */
final class NotificationTexts {

    private static final String BUNDLE = "se.sodertorn.governance.ejb.notification.NotificationTexts";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    /** @param language {@code en} for English; anything else is Swedish */
    NotificationTexts(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(language) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /** A day as the language writes it, e.g. "fredag 2 december 2022" or "Friday 2 December 2022". */
    String day(LocalDate day) {
        return DateTimeFormatter.ofPattern(get("date.pattern"), locale).format(day);
    }

    /** A whole message: greeting, the text and the signature. */
    String letter(String name, String text) {
        String greeting = name == null || name.isBlank() ? get("greeting.anonymous") : format("greeting", name);
        return greeting + "\n\n" + text + "\n\n" + get("signature");
    }
}
