package se.sodertorn.governance.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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

/**
 * How the API reads JSON: each value must have the JSON type of its field. Whole numbers (ids, versions, years) must
 * be JSON whole numbers that fit — {@code 1.5}, {@code "7"}, {@code 1e3} or {@code 99999999999999999999} are refused
 * as 400 instead of being cut, wrapped or guessed; amounts must be JSON numbers and texts JSON strings (not
 * {@code 123} or {@code true} taken as text).
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(new LongValue(),
            new IntegerValue(), new AmountValue(), new TextValue()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /**
     * A value of one JSON type; {@code null} stays {@code null}. Each subclass names its Java type as a type argument,
     * which is how JSON-B tells which fields it reads.
     */
    private abstract static class Typed<V extends JsonValue, T> implements JsonbDeserializer<T> {

        private final Class<V> json;
        private final String what;

        Typed(Class<V> json, String what) {
            this.json = json;
            this.what = what;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!json.isInstance(value)) {
                throw new JsonbException(what + " is expected");
            }
            return value(json.cast(value));
        }

        abstract T value(V value);
    }

    /** A whole number that fits the type, refused unless the JSON value is a number without fraction or exponent. */
    private abstract static class WholeNumber<T> extends Typed<JsonNumber, T> {

        WholeNumber() {
            super(JsonNumber.class, "a whole number");
        }

        @Override
        T value(JsonNumber number) {
            if (!number.isIntegral()) {
                throw new JsonbException("a whole number is expected");
            }
            try {
                return exact(number.bigDecimalValue());
            } catch (ArithmeticException tooLarge) {
                throw new JsonbException("the number is too large");
            }
        }

        abstract T exact(BigDecimal number);
    }

    private static final class LongValue extends WholeNumber<Long> {
        @Override
        Long exact(BigDecimal number) {
            return number.longValueExact();
        }
    }

    private static final class IntegerValue extends WholeNumber<Integer> {
        @Override
        Integer exact(BigDecimal number) {
            return number.intValueExact();
        }
    }

    /** An amount of money: a JSON number (its range is the entity's to check). */
    private static final class AmountValue extends Typed<JsonNumber, BigDecimal> {
        AmountValue() {
            super(JsonNumber.class, "a number");
        }

        @Override
        BigDecimal value(JsonNumber number) {
            return number.bigDecimalValue();
        }
    }

    /** A text: a JSON string. */
    private static final class TextValue extends Typed<JsonString, String> {
        TextValue() {
            super(JsonString.class, "a text in quotes");
        }

        @Override
        String value(JsonString text) {
            return text.getString();
        }
    }
}
