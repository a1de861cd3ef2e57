package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The operations of the API as its served OpenAPI document lists them, with their parameters and
 * JSON body schemas, and a check of a JSON value against a schema of the document.
 */
final class OpenApiOperations {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    /** One parameter: where it goes ({@code path}, {@code query}, {@code header}) and its schema. */
    record Parameter(String name, String in, Map<String, Object> schema) {}

    /**
     * One operation: method, path relative to {@code /api/v1/}, parameters, the request body's media
     * type and schema (null without a body) and the schema of its 200 JSON answer (null when not declared).
     */
    record Operation(
            String method,
            String path,
            List<Parameter> parameters,
            String bodyType,
            Map<String, Object> body,
            Map<String, Object> answer) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final Map<String, Object> document;

    private OpenApiOperations(Map<String, Object> document) {
        this.document = document;
    }

    /** Reads the document the server serves (no token needed). */
    static OpenApiOperations served() throws Exception {
        HttpResponse<String> response =
                Api.call("GET", "openapi?format=JSON", null, null, "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        return new OpenApiOperations(Api.json(response));
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                operations.add(operation(method.toUpperCase(), path, map(operation)));
            }
        }));
        return operations;
    }

    private Operation operation(String method, String path, Map<String, Object> operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (Object p : list(operation.get("parameters"))) {
            Map<String, Object> parameter = resolve(map(p));
            parameters.add(new Parameter(
                    (String) parameter.get("name"), (String) parameter.get("in"), map(parameter.get("schema"))));
        }
        String bodyType = null;
        Map<String, Object> body = null;
        Map<String, Object> content = map(map(operation.get("requestBody")).get("content"));
        if (!content.isEmpty()) {
            bodyType = content.keySet().iterator().next();
            body = resolve(map(map(content.get(bodyType)).get("schema")));
        }
        Map<String, Object> ok =
                map(map(map(operation.get("responses")).get("200")).get("content"));
        Map<String, Object> answer = ok.containsKey("application/json")
                ? resolve(map(map(ok.get("application/json")).get("schema")))
                : null;
        String relative = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : path;
        return new Operation(method, relative, parameters, bodyType, body, answer);
    }

    /** A named schema of the document's components, or an empty map. */
    Map<String, Object> schema(String name) {
        return map(map(map(document.get("components")).get("schemas")).get(name));
    }

    /** Follows a {@code $ref} within the document. */
    Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (!(ref instanceof String pointer) || !pointer.startsWith("#/")) {
            return schema;
        }
        Object node = document;
        for (String part : pointer.substring(2).split("/")) {
            node = map(node).get(part);
        }
        return resolve(map(node));
    }

    /** The schema's type, the first non-null one when the document lists several (OpenAPI 3.1). */
    static String type(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            return types.stream()
                    .map(String::valueOf)
                    .filter(t -> !t.equals("null"))
                    .findFirst()
                    .orElse(null);
        }
        if (type == null && schema.get("enum") != null) {
            return "string";
        }
        return type == null ? null : String.valueOf(type);
    }

    /** Where a value disagrees with its schema, as "path: reason"; empty when it conforms. */
    List<String> mismatches(Object value, Map<String, Object> schema, String path) {
        List<String> found = new ArrayList<>();
        check(value, resolve(schema), path, found);
        return found;
    }

    private void check(Object value, Map<String, Object> schema, String path, List<String> found) {
        if (value == null) {
            return;
        }
        for (Object alternative : list(schema.get("allOf"))) {
            check(value, resolve(map(alternative)), path, found);
        }
        String type = type(schema);
        if (type == null) {
            return;
        }
        switch (type) {
            case "string" -> text(value, schema, path, found);
            case "integer" ->
                expect(
                        value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()),
                        path + ": not an integer: " + value,
                        found);
            case "number" -> expect(value instanceof Number, path + ": not a number: " + value, found);
            case "boolean" -> expect(value instanceof Boolean, path + ": not a boolean: " + value, found);
            case "array" -> {
                if (expect(value instanceof List, path + ": not an array: " + value, found)) {
                    List<?> items = (List<?>) value;
                    for (int i = 0; i < items.size(); i++) {
                        check(items.get(i), resolve(map(schema.get("items"))), path + "[" + i + "]", found);
                    }
                }
            }
            case "object" -> {
                if (expect(value instanceof Map, path + ": not an object: " + value, found)) {
                    Map<String, Object> properties = map(schema.get("properties"));
                    map(value).forEach((name, member) -> {
                        if (properties.containsKey(name)) {
                            check(member, resolve(map(properties.get(name))), path + "." + name, found);
                        }
                    });
                }
            }
            default -> {}
        }
    }

    private static void text(Object value, Map<String, Object> schema, String path, List<String> found) {
        if (!expect(value instanceof String, path + ": not a string: " + value, found)) {
            return;
        }
        String text = (String) value;
        Object format = schema.get("format");
        if ("date".equals(format)) {
            expect(DATE.matcher(text).matches(), path + ": not a date: " + text, found);
        } else if ("date-time".equals(format)) {
            expect(DATE_TIME.matcher(text).matches(), path + ": not a date-time: " + text, found);
        } else if ("uuid".equals(format)) {
            expect(UUID_TEXT.matcher(text).matches(), path + ": not a uuid: " + text, found);
        }
        if (schema.get("enum") instanceof List<?> names) {
            expect(names.contains(text), path + ": not one of " + names + ": " + text, found);
        }
    }

    private static boolean expect(boolean holds, String mismatch, List<String> found) {
        if (!holds) {
            found.add(mismatch);
        }
        return holds;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<?> list(Object node) {
        return node instanceof List<?> l ? l : List.of();
    }
}
