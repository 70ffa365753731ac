package se.sodertorn.governance.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What a form sent to a page must be before the page reads it, checked in this order:
 * <ol>
 * <li>an upload no larger than the container takes ({@code multipart-config} in {@code web.xml}: 10 MB a file),
 * else the browser is sent to the page that says so ({@value #TOO_LARGE_PAGE}) instead of an empty 400 (smaller
 * files that are still too large for what they are read as are reported by the service that reads them);</li>
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
            try {
                request.getParts();
            } catch (IllegalStateException tooLarge) {
                LOG.info(() -> "Upload to " + request.getRequestURI() + " refused: " + tooLarge.getMessage());
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + TOO_LARGE_PAGE);
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
