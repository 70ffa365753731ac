package se.sodertorn.governance.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The feed test's own rows over HTTP: {@code POST /governance-tests/feed-data} makes them
 * ({@link FeedFixtures#personInBodiesWithFeed()}); with {@code ?revoke=TOKEN} or {@code ?renew=TOKEN} it revokes or
 * renews that address (answering the new token). Only in the test WAR.
 */
@WebServlet("/feed-data")
public class FeedDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedFixtures feeds;
    @Inject
    private Callers callers;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String revoke = request.getParameter("revoke");
        String renew = request.getParameter("renew");
        try {
            JsonObjectBuilder answer = callers.asSecretariat(() -> {
                if (revoke != null) {
                    feeds.revoke(revoke);
                    return Json.createObjectBuilder().add("revoked", true);
                }
                if (renew != null) {
                    return Json.createObjectBuilder().add("token", feeds.renew(renew));
                }
                return feeds.personInBodiesWithFeed();
            });
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(answer.build().toString());
        } catch (Exception e) {
            throw new IOException("feed data could not be made", e);
        }
    }
}
