package se.sodertorn.governance.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * How the API reads JSON: whole numbers (ids, versions, years) must be JSON whole numbers — {@code 1.5},
 * {@code "7"} or {@code 1e3} are refused as 400 instead of being cut or guessed.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new WholeNumber<>(Long.class, BigDecimal::longValueExact),
                    new WholeNumber<>(Integer.class, BigDecimal::intValueExact)));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** A whole number of the type, refused unless the JSON value is a number without fraction that fits. */
    private record WholeNumber<T>(Class<T> type, Function<BigDecimal, T> exact)
            implements JsonbDeserializer<T> {

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonParser.Event event = parser.currentEvent();
            if (event == JsonParser.Event.VALUE_NULL) {
                return null;
            }
            if (event != JsonParser.Event.VALUE_NUMBER || !parser.isIntegralNumber()) {
                throw new JsonbException("a whole number is expected");
            }
            try {
                return exact.apply(parser.getBigDecimal());
            } catch (ArithmeticException tooLarge) {
                throw new JsonbException("the number is too large");
            }
        }
    }
}
