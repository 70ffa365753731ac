package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.sodertorn.governance.domain.meeting.ExternalCalendar;
import se.sodertorn.governance.ejb.meeting.CalendarImport;
import se.sodertorn.governance.ejb.meeting.ExternalCalendarService;
import se.sodertorn.governance.web.i18n.CalendarImportTexts;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.view.Feedback;

/**
 * The meeting plan page's external calendars: the imported ones, and the secretariat's import of an uploaded
 * .ics file or of an address, for the year the page shows, with its report (events skipped and why), and removal.
 */
@Named
@ViewScoped
public class ExternalCalendarsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExternalCalendarService calendars;

    @Inject
    private MeetingPlanBacking view;

    private List<ExternalCalendar> list;
    private List<String> report = List.of();
    private String fileCalendarName;
    private transient Part file;
    private String urlCalendarName;
    private String url;

    /** Imports the uploaded file's events of the shown year. */
    public void importFile() throws IOException {
        report = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError(Texts.format(Faces.getLocale(), "calendar.ui.noFile"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            imported(calendars.importFile(fileCalendarName, in.readNBytes(ExternalCalendarService.MAX_BYTES + 1),
                    view.getYear()));
        }
        fileCalendarName = null;
    }

    /** Downloads the calendar at the address and imports its events of the shown year. */
    public void importUrl() {
        report = List.of();
        imported(calendars.importUrl(urlCalendarName, url, view.getYear()));
        urlCalendarName = null;
        url = null;
    }

    public void remove(ExternalCalendar calendar) {
        calendars.remove(calendar.getId());
        list = null;
        view.load();
        Feedback.removed(calendar.getName());
    }

    /** Tells what the import did: a summary, and a line for each event skipped or read by assumption. */
    private void imported(CalendarImport result) {
        list = null;
        view.load();
        Locale locale = Faces.getLocale();
        String summary = CalendarImportTexts.summary(locale, result, view.getYear());
        if (result.skipped().isEmpty()) {
            Messages.addGlobalInfo(summary);
        } else {
            Messages.addGlobalWarn(summary);
        }
        report = result.notes().stream().map(note -> CalendarImportTexts.line(locale, note)).toList();
    }

    /** The lines of the last import's report: the events skipped and the assumptions made; empty if none. */
    public List<String> getReport() {
        return report;
    }

    public List<ExternalCalendar> getList() {
        if (list == null) {
            list = calendars.calendars();
        }
        return list;
    }

    public String getFileCalendarName() {
        return fileCalendarName;
    }

    public void setFileCalendarName(String fileCalendarName) {
        this.fileCalendarName = fileCalendarName;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getUrlCalendarName() {
        return urlCalendarName;
    }

    public void setUrlCalendarName(String urlCalendarName) {
        this.urlCalendarName = urlCalendarName;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
