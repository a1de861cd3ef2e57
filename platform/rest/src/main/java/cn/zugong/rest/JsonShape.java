package cn.zugong.rest;

import cn.zugong.core.validation.Problem;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checks a JSON value against the Java type it is to become, before it is bound, and names every
 * member that does not fit: unknown members, wrong JSON types, enum names that do not exist, dates
 * that are no dates, integers out of range. JSON-B alone would coerce ({@code "yes"} to false),
 * wrap around (99999999999 to an int) or fail without naming the member.
 */
final class JsonShape {

    private JsonShape() {}

    /** The problems of {@code value} as a {@code type}; the members are named by their JSON paths. */
    static void check(JsonValue value, Type type, String path, List<Problem> problems) {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                problems.add(new Problem(path, "api.error.required"));
            }
            return;
        }
        if (raw == String.class) {
            if (expect(value, JsonValue.ValueType.STRING, path, "api.error.type.text", problems)
                    && NulRefusal.hasNul(((JsonString) value).getString())) {
                problems.add(new Problem(path, NulRefusal.KEY));
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                problems.add(new Problem(path, "api.error.type.boolean"));
            }
        } else if (raw == Integer.class || raw == int.class) {
            integer(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE, problems);
        } else if (raw == Long.class || raw == long.class) {
            integer(value, path, Long.MIN_VALUE, Long.MAX_VALUE, problems);
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class) {
            expect(value, JsonValue.ValueType.NUMBER, path, "api.error.type.number", problems);
        } else if (raw.isEnum()) {
            enumValue(value, raw, path, problems);
        } else if (raw == LocalDate.class) {
            parsed(value, path, "api.error.type.date", problems, LocalDate::parse);
        } else if (raw == Instant.class || raw == OffsetDateTime.class) {
            parsed(value, path, "api.error.type.datetime", problems, OffsetDateTime::parse);
        } else if (raw == UUID.class) {
            parsed(value, path, "api.error.type.uuid", problems, JsonShape::uuid);
        } else if (Collection.class.isAssignableFrom(raw)) {
            array(value, type, path, problems);
        } else if (raw.isRecord()) {
            object(value, raw, path, problems);
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(value, JsonValue.ValueType.OBJECT, path, "api.error.type.object", problems);
        }
    }

    private static void object(JsonValue value, Class<?> record, String path, List<Problem> problems) {
        if (!expect(value, JsonValue.ValueType.OBJECT, path, "api.error.type.object", problems)) {
            return;
        }
        JsonObject object = value.asJsonObject();
        Map<String, RecordComponent> components =
                Arrays.stream(record.getRecordComponents()).collect(Collectors.toMap(RecordComponent::getName, c -> c));
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String name = path.equals(StrictJsonReader.BODY) ? member.getKey() : path + "." + member.getKey();
            RecordComponent component = components.get(member.getKey());
            if (component == null) {
                problems.add(new Problem(name, "api.error.field.unknown"));
            } else {
                check(member.getValue(), component.getGenericType(), name, problems);
            }
        }
        for (RecordComponent component : components.values()) {
            if (component.getType().isPrimitive() && !object.containsKey(component.getName())) {
                String name =
                        path.equals(StrictJsonReader.BODY) ? component.getName() : path + "." + component.getName();
                problems.add(new Problem(name, "api.error.required"));
            }
        }
    }

    private static void array(JsonValue value, Type type, String path, List<Problem> problems) {
        if (!expect(value, JsonValue.ValueType.ARRAY, path, "api.error.type.array", problems)) {
            return;
        }
        Type element = type instanceof ParameterizedType generic ? generic.getActualTypeArguments()[0] : Object.class;
        List<JsonValue> items = value.asJsonArray();
        for (int i = 0; i < items.size(); i++) {
            check(items.get(i), element, path + "[" + i + "]", problems);
        }
    }

    private static void integer(JsonValue value, String path, long min, long max, List<Problem> problems) {
        boolean fits = value instanceof JsonNumber number
                && number.isIntegral()
                && number.bigIntegerValue().compareTo(BigInteger.valueOf(min)) >= 0
                && number.bigIntegerValue().compareTo(BigInteger.valueOf(max)) <= 0;
        if (!fits) {
            problems.add(
                    new Problem(path, "api.error.type.integer", List.of(String.valueOf(min), String.valueOf(max))));
        }
    }

    private static void enumValue(JsonValue value, Class<?> type, String path, List<Problem> problems) {
        List<String> names = Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .toList();
        if (!(value instanceof JsonString text) || !names.contains(text.getString())) {
            problems.add(new Problem(path, "api.error.type.enum", List.of(String.join(", ", names))));
        }
    }

    private static void parsed(
            JsonValue value,
            String path,
            String key,
            List<Problem> problems,
            java.util.function.Consumer<String> parse) {
        if (!(value instanceof JsonString text)) {
            problems.add(new Problem(path, key));
            return;
        }
        try {
            parse.accept(text.getString());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            problems.add(new Problem(path, key));
        }
    }

    /** {@link UUID#fromString} also takes short forms such as {@code 1-2-3-4-5}; an id is the 36-character form. */
    private static void uuid(String text) {
        if (text.length() != 36) {
            throw new IllegalArgumentException(text);
        }
        UUID.fromString(text);
    }

    private static boolean expect(
            JsonValue value, JsonValue.ValueType type, String path, String key, List<Problem> problems) {
        if (value.getValueType() != type) {
            problems.add(new Problem(path, key));
            return false;
        }
        return true;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> plain) {
            return plain;
        }
        return Object.class;
    }
}
