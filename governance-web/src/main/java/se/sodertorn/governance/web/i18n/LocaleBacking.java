package se.sodertorn.governance.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.omnifaces.util.Faces;

/** The language of the user's session: Swedish unless the user switches to English. */
@Named("language")
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private Locale locale = SWEDISH;

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.getLanguage();
    }

    public boolean isSwedish() {
        return SWEDISH.getLanguage().equals(locale.getLanguage());
    }

    /** Switches between Swedish and English and reloads the page in the new language. */
    public void toggle() {
        locale = isSwedish() ? Locale.ENGLISH : SWEDISH;
        Faces.getContext().getViewRoot().setLocale(locale);
        Faces.refreshWithQueryString();
    }
}
