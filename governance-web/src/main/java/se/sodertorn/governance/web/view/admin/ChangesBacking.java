package se.sodertorn.governance.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.omnifaces.util.Messages;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.history.HistoryService;
import se.sodertorn.governance.ejb.history.RecordedChange;
import se.sodertorn.governance.ejb.security.UserAccountService;
import se.sodertorn.governance.web.i18n.LocaleBacking;
import se.sodertorn.governance.web.i18n.Texts;

/**
 * The administrator's view of the changes of a day, of a person, or of a person on a day:
 * {@code admin/changes.xhtml?day=2026-11-30&user=secretariat}, an address that can be kept. A day that is not a
 * date is told as a message.
 */
@Named
@RequestScoped
public class ChangesBacking {

    @Inject
    private LocaleBacking language;
    @EJB
    private HistoryService history;
    @EJB
    private UserAccountService accounts;

    private String day;
    private String user;
    private List<RecordedChange> changes;

    /** Reads the changes the address asks for, if it asks for any. */
    public void run() {
        boolean hasDay = day != null && !day.isBlank();
        boolean hasUser = user != null && !user.isBlank();
        if (!hasDay && !hasUser) {
            return;
        }
        try {
            LocalDate chosen = hasDay ? LocalDate.parse(day.strip()) : null;
            changes = history.changes(chosen, hasUser ? user : null);
        } catch (DateTimeParseException notADate) {
            Messages.addGlobalError(Texts.format(language.getLocale(), "history.badDay"));
        } catch (GovernanceException refused) {
            Messages.addGlobalError(Texts.format(language.getLocale(), refused.getMessageKey(), refused.getArguments()));
        }
    }

    /** Every account, to choose whose changes to see; a cooperation has tens of accounts. */
    public List<UserAccount> getAccounts() {
        return accounts.page(PageRequest.of(0, PageRequest.MAX_SIZE)).rows();
    }

    public boolean isSearched() {
        return changes != null;
    }

    public List<RecordedChange> getChanges() {
        return changes == null ? List.of() : changes;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }
}
