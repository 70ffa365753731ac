package se.sodertorn.governance.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /language?to=en&back=/governance/plans/plan.xhtml?year=2023}: switches the session's language and
 * returns to the page the user was on, with its parameters. A plain link, so it works the same on every page,
 * keeps no form state and cannot fail a page's own validation. Only addresses inside the application are
 * followed back; anything else leads to the start page.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private LocaleBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        language.choose(request.getParameter("to"));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", backTo(request.getContextPath(), request.getParameter("back")));
    }

    /** The page to go back to: a path inside the application, or its start page. */
    static String backTo(String contextPath, String back) {
        boolean inside = back != null && back.startsWith(contextPath + "/") && !back.startsWith("//")
                && !back.contains("\\") && back.chars().noneMatch(c -> c < 0x20)
                && !back.startsWith(contextPath + "/language");
        return inside ? back : contextPath + "/";
    }
}
