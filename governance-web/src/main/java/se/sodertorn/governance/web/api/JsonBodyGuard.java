package se.sodertorn.governance.web.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import se.sodertorn.governance.web.security.ControlCharacters;

/**
 * Checks a JSON body before anything is read from it, answering 400: at most {@value #MAX_BYTES} bytes of UTF-8,
 * exactly one JSON object (not an array, a bare value, or an object followed by more) nested at most
 * {@value #MAX_DEPTH} levels deep, and no control characters in any of its texts or names (see
 * {@link ControlCharacters}; the answer names the field). An empty body passes, for the resource to say that it
 * needs one.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

    /** The largest JSON body the API reads. */
    static final int MAX_BYTES = 1_048_576;
    /** The deepest nesting of arrays and objects the API reads (its bodies are flat objects). */
    static final int MAX_DEPTH = 32;
    /** Made once: {@code Json.createParser} looks the JSON provider up with a class-path scan on every call. */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw ApiErrors.badRequest("too-large", "The body is larger than " + MAX_BYTES + " bytes.");
        }
        String json = utf8(body);
        if (!json.isBlank()) {
            String field = offending(json);
            if (field != null) {
                throw ApiErrors.badRequest("bad-text", "'" + field + "' holds a control character; texts may hold "
                        + "line breaks and tabs but no other control characters.");
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw ApiErrors.badRequest("bad-json", "The body is not UTF-8 text.");
        }
    }

    /**
     * The name of the first field holding a control character ("a field name" for a name),
     * or null when none does; read as a stream of events, so that no nesting is followed deeper than
     * {@value #MAX_DEPTH}.
     *
     * @throws jakarta.json.JsonException when the body is not one JSON object (the exception mapper answers 400)
     */
    private static String offending(String json) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(json))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw ApiErrors.badRequest("bad-json", "The body must be one JSON object {…}.");
            }
            String field = "";
            String found = null;
            for (int depth = 1; depth > 0;) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> {
                        field = parser.getString();
                        found = found == null && ControlCharacters.contains(field) ? "a field name" : found;
                    }
                    case VALUE_STRING -> found = found == null && ControlCharacters.contains(parser.getString())
                            ? field : found;
                    default -> {
                    }
                }
                if (depth > MAX_DEPTH) {
                    throw ApiErrors.badRequest("bad-json", "The body is nested deeper than " + MAX_DEPTH + " levels.");
                }
            }
            if (parser.hasNext()) {
                throw new JsonParsingException("more than one JSON value", parser.getLocation());
            }
            return found;
        }
    }
}
