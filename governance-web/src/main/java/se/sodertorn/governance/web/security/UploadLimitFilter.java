package se.sodertorn.governance.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * An upload larger than the container takes ({@code multipart-config} in {@code web.xml}: 10 MB a file) is answered
 * with the page that says so ({@value #TOO_LARGE_PAGE}) instead of an empty 400: the parts are read here, before
 * the page, and when the container refuses them the browser is sent to that page. Smaller files that are still too
 * large for what they are read as are reported on their own page by the service that reads them.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadLimitFilter.class.getName());
    static final String TOO_LARGE_PAGE = "/toolarge.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
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
        chain.doFilter(request, response);
    }
}
