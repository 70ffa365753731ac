package se.sodertorn.governance.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import javax.sql.DataSource;
import se.sodertorn.governance.domain.security.ApiToken;
import se.sodertorn.governance.domain.security.ApiTokenRepository;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;
import se.sodertorn.governance.ejb.security.ApiTokenSecret;
import se.sodertorn.governance.ejb.security.ApiTokenService;
import se.sodertorn.governance.ejb.shared.Clocks;

/**
 * The API token test's own tokens over HTTP. {@code POST /governance-tests/api-token-data?user=NAME} stores a token
 * of that account (as the service does for a logged-in owner) and answers its id and secret; {@code ?revoke=ID}
 * revokes it through the administrator's service; {@code ?expire=ID} moves its last day into the past in the
 * database. {@code GET ?id=ID} answers the token's row as stored, every column as text. Only in the test WAR.
 */
@WebServlet("/api-token-data")
public class ApiTokenDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Callers callers;
    @Inject
    private UserAccountRepository accounts;
    @Inject
    private ApiTokenRepository tokens;
    @EJB
    private ApiTokenService service;
    @Resource(lookup = "java:jboss/datasources/GovernanceDS")
    private DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String revoke = request.getParameter("revoke");
        String expire = request.getParameter("expire");
        try {
            JsonObjectBuilder answer;
            if (revoke != null) {
                long id = Long.parseLong(revoke);
                answer = callers.asAdmin(() -> {
                    service.revokeAny(id, tokens.find(id).orElseThrow().getVersion());
                    return Json.createObjectBuilder().add("revoked", id);
                });
            } else if (expire != null) {
                answer = Json.createObjectBuilder().add("expired", update(Long.parseLong(expire)));
            } else {
                String user = request.getParameter("user");
                answer = callers.asSecretariat(() -> issue(user));
            }
            write(response, answer);
        } catch (Exception e) {
            throw new IOException("API token data could not be made", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObjectBuilder row = Json.createObjectBuilder();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select * from api_token where id = ?")) {
            select.setLong(1, Long.parseLong(request.getParameter("id")));
            try (ResultSet found = select.executeQuery()) {
                ResultSetMetaData columns = found.getMetaData();
                while (found.next()) {
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        Object value = found.getObject(i);
                        row.add(columns.getColumnLabel(i).toLowerCase(Locale.ROOT),
                                value == null ? "" : value.toString());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("the token's row could not be read", e);
        }
        write(response, row);
    }

    private JsonObjectBuilder issue(String user) {
        UserAccount account = accounts.findByUsername(user).orElseThrow();
        String secret = ApiTokenSecret.generate(RANDOM);
        ApiToken token = ApiToken.draft();
        token.setName(RegisterFixtures.unique("Test-API "));
        token.setExpiresOn(LocalDate.now(Clocks.SWEDEN).plusDays(30));
        token.issue(account, ApiTokenSecret.hash(secret), LocalDateTime.now(Clocks.SWEDEN));
        token = tokens.save(token);
        return Json.createObjectBuilder().add("id", token.getId()).add("token", secret);
    }

    private int update(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update api_token set expires_on = ? where id = ?")) {
            update.setDate(1, Date.valueOf(LocalDate.now(Clocks.SWEDEN).minusDays(2)));
            update.setLong(2, id);
            return update.executeUpdate();
        }
    }

    private static void write(HttpServletResponse response, JsonObjectBuilder json) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.build().toString());
    }
}
