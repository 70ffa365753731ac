package se.sodertorn.governance.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
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
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import se.sodertorn.governance.ejb.security.ApiTokenAuthenticator;
import se.sodertorn.governance.ejb.security.TokenCaller;

/**
 * Three ways in: the web pages use a login form (the login page hands the credential over through
 * {@code SecurityContext.authenticate}); the REST API under {@code /api/} takes, on every request, either HTTP Basic
 * (the account's password, checked by the identity store) or a personal API token ({@code Authorization: Bearer},
 * checked by {@link ApiTokenAuthenticator} by its hash, without the slow password hashing). A browser that asks for a
 * protected page without a session is sent to the login page and, once logged in, back to where it was going.
 *
 * <p>A login by form or Basic is kept in the HTTP session, and a request of that session is let in as its caller
 * (what {@code @AutoApplySession} would do); a token call opens no session and never uses one.
 */
@ApplicationScoped
public class GovernanceAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the page asked for before login. */
    public static final String ORIGINAL_REQUEST = GovernanceAuthenticationMechanism.class.getName() + ".original";
    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API_PATH = "/api/";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    private static final String CHALLENGE = "Basic realm=\"governance\", charset=\"UTF-8\"";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"governance\"";
    /** The message-info key by which a mechanism asks the container to keep the login in the session. */
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";
    /** HTTP's Too Many Requests, which the servlet API has no constant for. */
    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private IdentityStoreHandler identityStores;
    @Inject
    private LoginThrottle throttle;
    @EJB
    private ApiTokenAuthenticator apiTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request) && hasBearer(request)) {
            return bearer(request, response, context);
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            return fromSession(sessionCaller, context);
        }
        AuthenticationStatus status = isApi(request) ? basic(request, response, context)
                : page(request, response, context);
        if (status == AuthenticationStatus.SUCCESS) {
            context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        }
        return status;
    }

    /** The caller the session holds, let in again without asking. */
    private static AuthenticationStatus fromSession(Principal caller, HttpMessageContext context) {
        try {
            context.getHandler().handle(new Callback[] {
                new CallerPrincipalCallback(context.getClientSubject(), caller)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnsupportedCallbackException e) {
            throw new IllegalStateException("the container takes the caller of a session", e);
        }
    }

    private static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    /**
     * A call with a personal API token: let in as the token's account with its roles, as Basic would; a token that is
     * unknown, revoked or expired answers 401 and counts as a failed login of the address.
     */
    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitForAddress(address);
        if (!wait.isZero()) {
            return tooManyAttempts(response, wait);
        }
        String token = request.getHeader("Authorization").substring(BEARER.length()).strip();
        Optional<TokenCaller> caller = apiTokens.verify(token);
        if (caller.isEmpty()) {
            throttle.failedFromAddress(address);
            return unauthorized(response);
        }
        return context.notifyContainerAboutLogin(new CredentialValidationResult(caller.get().username(),
                caller.get().roles()));
    }

    private AuthenticationStatus page(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
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

    /** The API's 401 with the Basic and Bearer challenges; its JSON body is written like that of the 429. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        challenge(response);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Answers 401 with the Basic and Bearer challenges and a JSON body like the API's other errors. */
    static void writeUnauthorized(HttpServletResponse response) throws IOException {
        challenge(response);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        writeJson(response, "{\"error\":\"unauthorized\",\"message\":"
                + "\"Log in with a personal API token (Authorization: Bearer, made on Mitt konto) or with HTTP Basic: "
                + "the user name and password of an account.\"}");
    }

    /** The two ways in the API takes, as {@code WWW-Authenticate} headers. */
    private static void challenge(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.addHeader("WWW-Authenticate", BEARER_CHALLENGE);
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
