package se.sodertorn.governance.web.feed;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.sodertorn.governance.ejb.meeting.CalendarFeedService;

/**
 * The secret calendar feed addresses that Outlook, Google Calendar and phones subscribe to without logging in:
 * {@code GET /feeds/{token}.ics} (the meetings of the bodies the token owner sits in) and
 * {@code GET /feeds/{token}/bodies/{id}.ics} (one body's meetings). Public in {@code web.xml}: the token is the key.
 *
 * <p>Answers {@code text/calendar; charset=UTF-8} (RFC 5545 section 8.1) that no cache keeps, and never creates a
 * session. Any other address under {@code /feeds/}, a malformed, unknown or revoked token and an unknown body all get
 * the same short 404, so that the answer tells nothing about which it was.
 */
@WebServlet("/feeds/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Longer paths are refused before any pattern is tried. */
    private static final int MAX_PATH = 120;
    private static final Pattern PERSONAL = Pattern.compile("/([A-Za-z0-9_-]{1,64})\\.ics");
    private static final Pattern BODY = Pattern.compile("/([A-Za-z0-9_-]{1,64})/bodies/(\\d{1,18})\\.ics");
    private static final String CALENDAR = "text/calendar; charset=UTF-8";

    @EJB
    private CalendarFeedService feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        Optional<String> calendar = calendar(request.getPathInfo());
        if (calendar.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write("Kalendern finns inte – Södertörnskommunerna. / No such calendar.\n");
            return;
        }
        byte[] body = calendar.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType(CALENDAR);
        response.setHeader("Content-Disposition", "inline; filename=\"kalender.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private Optional<String> calendar(String path) {
        if (path == null || path.length() > MAX_PATH) {
            return Optional.empty();
        }
        Matcher personal = PERSONAL.matcher(path);
        if (personal.matches()) {
            return feeds.personalCalendar(personal.group(1));
        }
        Matcher body = BODY.matcher(path);
        if (body.matches()) {
            return feeds.bodyCalendar(body.group(1), Long.parseLong(body.group(2)));
        }
        return Optional.empty();
    }
}
