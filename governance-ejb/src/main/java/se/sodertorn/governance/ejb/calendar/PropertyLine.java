package se.sodertorn.governance.ejb.calendar;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One unfolded content line split as RFC 5545 §3.1 writes it, {@code name *(";" param) ":" value}: the separators
 * count only outside double quotes. Parameter names are kept upper-case; a parameter without "=" is dropped.
 *
 * @param name   the property name, upper-case (e.g. {@code DTSTART})
 * @param params the parameters in their order, values as written (quotes included)
 * @param value  everything after the first ':' outside quotes, empty if there is none
 */
record PropertyLine(String name, Map<String, String> params, String value) {

    /** The line split into its parts; a line without ':' has an empty value. */
    static PropertyLine parse(String line) {
        int colon = outsideQuotes(line, ':', 0);
        String head = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        int semicolon = outsideQuotes(head, ';', 0);
        String name = (semicolon < 0 ? head : head.substring(0, semicolon)).strip().toUpperCase(Locale.ROOT);
        Map<String, String> params = new LinkedHashMap<>();
        while (semicolon >= 0) {
            int next = outsideQuotes(head, ';', semicolon + 1);
            String param = next < 0 ? head.substring(semicolon + 1) : head.substring(semicolon + 1, next);
            int equals = param.indexOf('=');
            if (equals > 0) {
                params.put(param.substring(0, equals).strip().toUpperCase(Locale.ROOT), param.substring(equals + 1));
            }
            semicolon = next;
        }
        return new PropertyLine(name, params, value);
    }

    /** The parameter's value without surrounding quotes, or null. */
    String param(String paramName) {
        String raw = params.get(paramName);
        if (raw == null) {
            return null;
        }
        return raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"") ? raw.substring(1, raw.length() - 1)
                : raw;
    }

    /** This line with the parameter set (quoted when it holds a separator), or removed when the value is null. */
    PropertyLine with(String paramName, String paramValue) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        if (paramValue == null) {
            changed.remove(paramName);
        } else {
            changed.put(paramName, paramValue.matches("[^\";:,]*") ? paramValue : '"' + paramValue.replace("\"", "")
                    + '"');
        }
        return new PropertyLine(name, changed, value);
    }

    /** The line as iCalendar text (unfolded). */
    String text() {
        StringBuilder line = new StringBuilder(name);
        params.forEach((paramName, paramValue) -> line.append(';').append(paramName).append('=').append(paramValue));
        return line.append(':').append(value).toString();
    }

    private static int outsideQuotes(String text, char wanted, int from) {
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }
}
