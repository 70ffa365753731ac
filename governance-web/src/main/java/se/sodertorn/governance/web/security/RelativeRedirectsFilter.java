package se.sodertorn.governance.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Redirects name the path alone, never an address built from the Host header a request names (which anyone can
 * forge); browsers resolve it against the address they asked (RFC 9110, 10.2.2). The protective headers every
 * answer carries are set in {@code WEB-INF/undertow-handlers.conf}, so that they hold for error answers too.
 */
@WebFilter("/*")
public class RelativeRedirectsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new RelativeRedirects(response));
    }

    private static final class RelativeRedirects extends HttpServletResponseWrapper {

        RelativeRedirects(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) {
            setStatus(SC_FOUND);
            setHeader("Location", location);
        }
    }
}
