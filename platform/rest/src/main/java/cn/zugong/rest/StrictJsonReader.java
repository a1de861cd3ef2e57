package cn.zugong.rest;

import cn.zugong.core.validation.Problem;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every JSON request body of the API (all are records): an empty body, {@code null}, JSON
 * that is not well-formed and members that do not fit the record ({@link JsonShape}) are refused
 * as 400 problems naming the member, before anything is bound or written. Then JSON-B binds it.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

    /** The field name of a problem with the body as a whole. */
    static final String BODY = "body";

    /** Bodies are a record's few fields; anything larger is refused unread. */
    static final int MAX_BYTES = 1 << 20;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(
            Class<Record> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        return read(type, new String(entity.readNBytes(MAX_BYTES + 1), StandardCharsets.UTF_8));
    }

    static <T extends Record> T read(Class<T> type, String text) {
        if (text.length() > MAX_BYTES) {
            throw refused(new Problem(BODY, "api.error.body.large"));
        }
        if (text.isBlank()) {
            throw refused(new Problem(BODY, "api.error.body.required"));
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (RuntimeException | StackOverflowError e) {
            // JsonException for bad syntax; the parser's own RuntimeException for nesting too deep
            throw refused(new Problem(BODY, "api.error.body.malformed"));
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            throw refused(new Problem(BODY, "api.error.body.required"));
        }
        List<Problem> problems = new ArrayList<>();
        JsonShape.check(value, type, BODY, problems);
        if (!problems.isEmpty()) {
            throw new ApiException(new ApiProblem(ProblemKind.INVALID, null, problems));
        }
        return JsonBinding.JSONB.fromJson(text, type);
    }

    private static ApiException refused(Problem problem) {
        return new ApiException(new ApiProblem(ProblemKind.MALFORMED, null, List.of(problem)));
    }
}
