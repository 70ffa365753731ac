package se.sodertorn.governance.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import se.sodertorn.governance.ejb.meeting.PaperLimit;

/**
 * What a form sent to a page must be before the page reads it, checked in this order:
 * <ol>
 * <li>an upload no larger than a meeting paper may be ({@link PaperLimit#maxBytes()}, 50 MB unless set otherwise,
 * plus {@value #FORM_ALLOWANCE} bytes for the rest of the form) and than the container takes ({@code multipart-config}
 * in {@code web.xml}: 1 GiB), else the browser is sent to the page that says so ({@value #TOO_LARGE_PAGE}) instead of
 * an empty 400; a body announced as larger is read past without being stored (smaller files that are still too large
 * for what they are read as, such as a workbook over 10 MB, are reported by the service that reads them);</li>
 * <li>carrying the page's one-time nonce, which the pages' script adds to every form and Ajax request it sends
 * (PrimeFaces' Content Security Policy support, {@code primefaces.CSP} in {@code web.xml}); a post without it was
 * not sent by a page of the application and is answered with the "page has expired" page (400), or for Ajax with
 * a redirect to it, before anything of it is read.</li>
 * </ol>
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PagePostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PagePostFilter.class.getName());
    static final String TOO_LARGE_PAGE = "/toolarge.xhtml";
    /** Bytes a form may hold besides its file: the page's fields, view state and multipart boundaries. */
    static final long FORM_ALLOWANCE = 1024 * 1024;
    static final String EXPIRED_PAGE = "/expired.xhtml";
    /** The request parameter in which the pages' script sends the nonce. */
    static final String NONCE = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            long announced = request.getContentLengthLong();
            if (announced > PaperLimit.maxBytes() + FORM_ALLOWANCE) {
                discard(request.getInputStream(), Math.min(announced, PaperLimit.CEILING + FORM_ALLOWANCE));
                tooLarge(request, response, announced + " bytes announced");
                return;
            }
            try {
                request.getParts();
            } catch (IllegalStateException tooLarge) {
                tooLarge(request, response, tooLarge.getMessage());
                return;
            }
        }
        String nonce = request.getParameter(NONCE);
        if (nonce == null || nonce.isBlank()) {
            LOG.info(() -> "Form sent to " + request.getRequestURI() + " without the page's nonce: answered as expired");
            expired(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Reads past at most {@code max} bytes of the body, so that the answer reaches a browser still sending it. */
    private static void discard(InputStream body, long max) {
        byte[] buffer = new byte[64 * 1024];
        long left = max;
        try {
            int read;
            while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= read;
            }
        } catch (IOException gone) {
            LOG.fine(() -> "Refused upload ended early: " + gone.getMessage());
        }
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, String why) {
        LOG.info(() -> "Upload to " + request.getRequestURI() + " refused: " + why);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + TOO_LARGE_PAGE);
    }

    private static void expired(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + request.getContextPath() + EXPIRED_PAGE + "\"></redirect></partial-response>");
            return;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        request.getRequestDispatcher(EXPIRED_PAGE).forward(new FreshVisit(request), response);
    }

    /** The request seen as a plain visit of the page: method GET, no parameters, so nothing of the post is read. */
    private static final class FreshVisit extends HttpServletRequestWrapper {

        FreshVisit(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
