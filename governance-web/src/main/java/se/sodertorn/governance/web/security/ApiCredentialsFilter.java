package se.sodertorn.governance.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The REST API answers only requests that carry their own credentials ({@code Authorization}): the session cookie
 * of a logged-in browser is not enough, so that another site cannot make the browser call the API on the user's
 * behalf (cross-site request forgery).
 */
@WebFilter("/api/*")
public class ApiCredentialsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("Authorization") == null) {
            GovernanceAuthenticationMechanism.writeUnauthorized(response);
            return;
        }
        chain.doFilter(request, response);
    }
}
