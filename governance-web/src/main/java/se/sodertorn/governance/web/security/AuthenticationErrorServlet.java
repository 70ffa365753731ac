package se.sodertorn.governance.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page (see {@code web.xml}) of the API's refused logins: the container sends a 401 or 429 from the
 * authentication step through its error handling, and this servlet writes their JSON bodies, so that the answer is
 * whole and sent once. Asked for directly, it answers 404.
 */
@WebServlet("/authentication-error")
public class AuthenticationErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (Integer.valueOf(HttpServletResponse.SC_UNAUTHORIZED).equals(status)) {
            GovernanceAuthenticationMechanism.writeUnauthorized(response);
        } else if (Integer.valueOf(GovernanceAuthenticationMechanism.TOO_MANY_REQUESTS).equals(status)) {
            GovernanceAuthenticationMechanism.writeTooManyAttempts(response, response.getHeader("Retry-After"));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
