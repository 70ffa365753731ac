package se.sodertorn.governance.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * Two ways in, one identity store: the web pages use a login form (the login page hands the credential over
 * through {@code SecurityContext.authenticate}); the REST API under {@code /api/} uses HTTP Basic on every
 * request. A browser that asks for a protected page without a session is sent to the login page and, once
 * logged in, back to where it was going.
 */
@ApplicationScoped
@AutoApplySession
public class GovernanceAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the page asked for before login. */
    public static final String ORIGINAL_REQUEST = GovernanceAuthenticationMechanism.class.getName() + ".original";
    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API_PATH = "/api/";
    private static final String BASIC = "Basic ";
    private static final String CHALLENGE = "Basic realm=\"governance\", charset=\"UTF-8\"";
    /** HTTP's Too Many Requests, which the servlet API has no constant for. */
    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private IdentityStoreHandler identityStores;
    @Inject
    private LoginThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return basic(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String loginUrl = request.getContextPath() + LOGIN_PAGE;
        if (isFacesAjax(request)) {
            return ajaxRedirect(response, loginUrl);
        }
        request.getSession().setAttribute(ORIGINAL_REQUEST, originalRequest(request));
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", loginUrl);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** An expired session met in an Ajax request: tell the Faces script to go to the login page. */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + url + "\"></redirect></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PATH);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            UsernamePasswordCredential credential = decode(header.substring(BASIC.length()));
            Duration wait = throttle.waitFor(credential.getCaller(), request.getRemoteAddr());
            if (!wait.isZero()) {
                return tooManyAttempts(response, wait);
            }
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        } else if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(response);
    }

    /**
     * The API's 429 while the user name or address must wait after failed logins, saying how long in
     * {@code Retry-After}. The container sends a refused authentication through its error handling, so the JSON body
     * is written there ({@link AuthenticationErrorServlet}); a body written here would be sent twice.
     */
    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Duration wait) {
        response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
        response.setStatus(TOO_MANY_REQUESTS);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The API's 401 with the Basic challenge; its JSON body is written like that of the 429. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Answers 401 with the Basic challenge and a JSON body like the API's other errors. */
    static void writeUnauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        writeJson(response, "{\"error\":\"unauthorized\",\"message\":"
                + "\"Log in with HTTP Basic: the user name and password of an account.\"}");
    }

    /** Answers 429 with a JSON body saying how long to wait (the seconds of {@code Retry-After}). */
    static void writeTooManyAttempts(HttpServletResponse response, String retryAfter) throws IOException {
        String seconds = retryAfter != null && retryAfter.matches("\\d{1,9}") ? retryAfter : "60";
        response.setStatus(TOO_MANY_REQUESTS);
        writeJson(response, "{\"error\":\"too-many-attempts\",\"message\":\"Too many failed logins: try "
                + "again in " + seconds + " seconds.\"}");
    }

    private static void writeJson(HttpServletResponse response, String json) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
    }

    private static UsernamePasswordCredential decode(String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            pair = "";
        }
        int colon = pair.indexOf(':');
        String username = colon < 0 ? pair : pair.substring(0, colon);
        String password = colon < 0 ? "" : pair.substring(colon + 1);
        return new UsernamePasswordCredential(username.strip().toLowerCase(Locale.ROOT), password);
    }

    private static String originalRequest(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
