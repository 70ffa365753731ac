package se.sodertorn.governance.ejb.meeting;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Swedish texts of minutes and invitations, from {@code MeetingTexts.properties}. */
final class MeetingTexts {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("se.sodertorn.governance.ejb.meeting.MeetingTexts", Locale.ROOT);

    private MeetingTexts() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }

    static String format(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.ROOT).format(arguments);
    }
}
