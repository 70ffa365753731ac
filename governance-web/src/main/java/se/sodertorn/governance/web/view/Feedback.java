package se.sodertorn.governance.web.view;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.sodertorn.governance.web.i18n.Texts;

/** Confirmation messages after a successful action ("Sparat: …", "Borttaget: …"), in the user's language. */
public final class Feedback {

    private Feedback() {
    }

    public static void saved(Object what) {
        Messages.addGlobalInfo(Texts.format(Faces.getLocale(), "message.saved", String.valueOf(what)));
    }

    public static void removed(Object what) {
        Messages.addGlobalInfo(Texts.format(Faces.getLocale(), "message.removed", String.valueOf(what)));
    }
}
