package se.sodertorn.governance.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import se.sodertorn.governance.web.security.ControlCharacters;

/**
 * Refuses a JSON body with control characters in any of its texts or names (see {@link ControlCharacters}), as
 * 400 naming the field, before anything is read from it; and a JSON body larger than {@value #MAX_BYTES} bytes.
 */
@Provider
public class ControlCharacterGuard implements ReaderInterceptor {

    /** The largest JSON body the API reads. */
    static final int MAX_BYTES = 1_048_576;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw ApiErrors.badRequest("too-large", "The body is larger than " + MAX_BYTES + " bytes.");
        }
        String field = offending(new String(body, StandardCharsets.UTF_8));
        if (field != null) {
            throw ApiErrors.badRequest("bad-text", "'" + field + "' holds a control character; texts may hold line "
                    + "breaks and tabs but no other control characters.");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The name of the first field holding a control character, "" for the body itself; null when none does. */
    private static String offending(String json) {
        if (!ControlCharacters.contains(json) && !json.contains("\\u")) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return offending("", reader.readValue());
        } catch (JsonException notJson) {
            return null;
        }
    }

    private static String offending(String name, JsonValue value) {
        if (value instanceof JsonString text) {
            return ControlCharacters.contains(text.getString()) ? name : null;
        }
        if (value instanceof JsonObject object) {
            for (var entry : object.entrySet()) {
                String found = ControlCharacters.contains(entry.getKey()) ? "a field name"
                        : offending(entry.getKey(), entry.getValue());
                if (found != null) {
                    return found;
                }
            }
        }
        if (value instanceof JsonArray array) {
            for (JsonValue element : array) {
                String found = offending(name, element);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
