package se.sodertorn.governance.web.files;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.sodertorn.governance.domain.meeting.PaperVersion;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.ejb.meeting.PaperService;
import se.sodertorn.governance.web.api.ContentDisposition;

/**
 * Downloads of meeting papers for the logged-in browser, as plain links the meeting page and e-mails can point to:
 * {@code GET /files/papers/{versionId}} (one version's file, as its type read on upload) and
 * {@code GET /files/meetings/{id}/pack.zip} (the meeting pack). Every role that reads meetings may; the service
 * checks it. An address of nothing is answered with the not-found page.
 */
@WebServlet("/files/*")
public class PaperFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PAPER = Pattern.compile("/papers/(\\d{1,18})");
    private static final Pattern PACK = Pattern.compile("/meetings/(\\d{1,18})/pack\\.zip");
    private static final String ZIP = "application/zip";

    @EJB
    private PaperService papers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher paper = PAPER.matcher(path);
        Matcher pack = PACK.matcher(path);
        try {
            if (paper.matches()) {
                paper(Long.parseLong(paper.group(1)), response);
            } else if (pack.matches()) {
                pack(Long.parseLong(pack.group(1)), response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NotFoundException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private void paper(long versionId, HttpServletResponse response) throws IOException {
        PaperVersion version = papers.version(versionId);
        response.setContentType(version.getMediaType());
        response.setContentLengthLong(version.getSizeBytes());
        headers(response, version.getFileName());
        papers.writeFile(versionId, response.getOutputStream());
    }

    private void pack(long meetingId, HttpServletResponse response) throws IOException {
        String fileName = papers.packFileName(meetingId);
        response.setContentType(ZIP);
        headers(response, fileName);
        papers.writePack(meetingId, response.getOutputStream());
    }

    private static void headers(HttpServletResponse response, String fileName) {
        response.setHeader("Content-Disposition", ContentDisposition.attachment(fileName));
        response.setHeader("Cache-Control", "private, no-store");
    }
}
