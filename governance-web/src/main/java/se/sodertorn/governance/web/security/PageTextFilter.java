package se.sodertorn.governance.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What pages receive holds no control characters (see {@link ControlCharacters}): they are dropped from every form
 * field and address parameter before the page reads them (Word's manual line and page breaks become line breaks),
 * so that text pasted from another program is saved without its invisible characters instead of being refused.
 * (The API refuses them: {@code JsonBodyGuard}.)
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PageTextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        chain.doFilter(upload ? request : new Cleaned(request), response);
    }

    /** The request with control characters dropped from its parameters. */
    private static final class Cleaned extends HttpServletRequestWrapper {

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return ControlCharacters.cleaned(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null ? null : Arrays.stream(values).map(ControlCharacters::cleaned).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return super.getParameterMap().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    entry -> Arrays.stream(entry.getValue()).map(ControlCharacters::cleaned).toArray(String[]::new)));
        }
    }
}
