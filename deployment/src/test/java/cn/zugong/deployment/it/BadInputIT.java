package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.deployment.it.OpenApiOperations.Operation;
import cn.zugong.deployment.it.OpenApiOperations.Parameter;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every operation of the served OpenAPI document and sends, per parameter and body member,
 * over-long, empty, null, wrong-type, wrong-enum and malformed values, plus malformed bodies and
 * wrong content types. Every refusal must be a problem+json of the portal, and nothing is a 500;
 * a bad body member is a 4xx that names it. Bad values only: no probe can change data.
 */
@ExtendWith(FullStack.class)
class BadInputIT {

    private static final Duration BUDGET = Duration.ofSeconds(90);
    private static final String LONG = "长".repeat(5000);
    private static final String LONG_PARAMETER = "长".repeat(1000);

    /** What a probe must get: a 4xx problem, or anything but a server error (a problem when refused). */
    enum Expect {
        CLIENT_ERROR,
        NO_SERVER_ERROR
    }

    /** One request; {@code field} is the member the answer must name, or null. */
    record Probe(
            Operation operation,
            String label,
            String path,
            String body,
            String contentType,
            Expect expect,
            String field) {}

    @Test
    void everyOperationAnswersBadInputWithAProblemAndNeverAServerError() throws Exception {
        OpenApiOperations api = OpenApiOperations.served();
        List<Probe> probes = new ArrayList<>();
        for (Operation operation : api.operations()) {
            Map<String, String> valid = validPathValues(operation);
            probes.addAll(parameterProbes(operation, valid));
            probes.addAll(bodyProbes(operation, valid, api));
        }
        assertThat(probes).as("probes from the document").hasSizeGreaterThan(150);

        Instant start = Instant.now();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Probe probe : probes) {
                sent.add(callers.submit(() -> {
                    HttpResponse<String> response = send(probe);
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    String failure = judge(probe, response);
                    if (failure != null) {
                        failures.add(probe.operation() + " [" + probe.label() + "] " + failure);
                    }
                    return null;
                }));
            }
            for (Future<?> probe : sent) {
                probe.get(BUDGET.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(Duration.between(start, Instant.now()))
                .as("the suite stays within its budget")
                .isLessThan(BUDGET);
        assertThat(failures).isEmpty();
        assertThat(statuses.getOrDefault(400, 0))
                .as("probes judged on their input, not refused before it: " + statuses)
                .isGreaterThan(probes.size() / 2);
    }

    private static HttpResponse<String> send(Probe probe) throws Exception {
        String token = Api.token(userFor(probe.operation()));
        if (probe.body() == null) {
            return Api.call(probe.operation().method(), probe.path(), token, null, "Accept-Language", "en");
        }
        return Api.call(
                probe.operation().method(),
                probe.path(),
                token,
                probe.body(),
                "Content-Type",
                probe.contentType(),
                "Accept-Language",
                "en");
    }

    private static String judge(Probe probe, HttpResponse<String> response) {
        int status = response.statusCode();
        String answer = status + " " + abbreviate(response.body());
        if (status >= 500) {
            return "server error: " + answer;
        }
        if (status >= 400 && !Api.isProblem(response)) {
            return "not a problem+json: " + answer;
        }
        if (probe.expect() == Expect.CLIENT_ERROR && status < 400) {
            return "accepted: " + answer;
        }
        if (probe.field() != null && status != 400) {
            return "a bad " + probe.field() + " is not a 400: " + answer;
        }
        if (probe.field() != null) {
            List<Object> named = Api.errors(Api.json(response)).stream()
                    .map(e -> e.get("field"))
                    .toList();
            if (!named.contains(probe.field())) {
                return "does not name " + probe.field() + ": " + answer;
            }
        }
        return null;
    }

    /** Bad values in each path and query parameter, the others valid. */
    private static List<Probe> parameterProbes(Operation operation, Map<String, String> valid) {
        List<Probe> probes = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("over-long", LONG_PARAMETER);
            values.put("malformed", "{}<>\"'%;--");
            values.put("nul", "a\u0000b");
            values.put("wrong-type", "99999999999999999999");
            values.put("wrong-enum", "NOT_A_VALUE");
            values.put("negative", "-1");
            values.put("largest int", "2147483647");
            if (parameter.in().equals("query")) {
                values.put("empty", "");
            }
            for (Map.Entry<String, String> bad : values.entrySet()) {
                String label = parameter.name() + " " + bad.getKey();
                if (parameter.in().equals("path")) {
                    Map<String, String> path = new LinkedHashMap<>(valid);
                    path.put(parameter.name(), bad.getValue());
                    Expect expect = operation.method().equals("DELETE") ? Expect.NO_SERVER_ERROR : Expect.CLIENT_ERROR;
                    probes.add(new Probe(operation, label, fill(operation, path), null, null, expect, null));
                } else if (parameter.in().equals("query")) {
                    String path = fill(operation, valid) + "?" + parameter.name() + "=" + Api.encode(bad.getValue());
                    probes.add(new Probe(operation, label, path, null, null, Expect.NO_SERVER_ERROR, null));
                }
            }
        }
        return probes;
    }

    /** Malformed bodies, wrong content types, and bad values in each member of the body. */
    private static List<Probe> bodyProbes(Operation operation, Map<String, String> valid, OpenApiOperations api) {
        if (operation.bodyType() == null) {
            return List.of();
        }
        String path = fill(operation, valid);
        List<Probe> probes = new ArrayList<>();
        if (!operation.bodyType().contains("json")) {
            probes.add(new Probe(
                    operation, "garbage", path, "not a file", operation.bodyType(), Expect.CLIENT_ERROR, null));
            probes.add(new Probe(operation, "empty", path, "", operation.bodyType(), Expect.CLIENT_ERROR, null));
            return probes;
        }
        Map<String, String> whole = new LinkedHashMap<>();
        whole.put("empty", "");
        whole.put("null", "null");
        whole.put("malformed", "{\"a\":");
        whole.put("array", "[]");
        whole.put("string", "\"x\"");
        whole.put("number", "42");
        whole.put("deep nesting", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        whole.put("unknown member", "{\"noSuchMember\":1}");
        whole.forEach((label, body) ->
                probes.add(new Probe(operation, label, path, body, "application/json", Expect.CLIENT_ERROR, null)));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            probes.add(new Probe(operation, "content type " + type, path, "{}", type, Expect.CLIENT_ERROR, null));
        }
        OpenApiOperations.map(operation.body().get("properties")).forEach((name, node) -> {
            Map<String, Object> schema = api.resolve(OpenApiOperations.map(node));
            memberValues(schema).forEach((label, value) -> {
                String body = "{\"" + name + "\":" + value + "}";
                String named = label.startsWith("wrong") ? name : null;
                probes.add(new Probe(
                        operation, name + " " + label, path, body, "application/json", Expect.CLIENT_ERROR, named));
            });
        });
        return probes;
    }

    /** Bad JSON values for a member of the given schema, by label. */
    private static Map<String, String> memberValues(Map<String, Object> schema) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("null", "null");
        String type = Objects.requireNonNullElse(OpenApiOperations.type(schema), "object");
        switch (type) {
            case "string" -> {
                values.put("wrong-type", "12345");
                values.put("wrong-type object", "{\"a\":1}");
                if (schema.get("enum") != null) {
                    values.put("wrong-enum", "\"male\"");
                } else if ("date".equals(schema.get("format"))) {
                    values.put("wrong-date", "\"1990-13-45\"");
                } else if ("uuid".equals(schema.get("format"))) {
                    values.put("wrong-uuid", "\"not-a-uuid\"");
                } else {
                    values.put("over-long", "\"" + LONG + "\"");
                    values.put("empty", "\"\"");
                    values.put("wrong-nul", "\"a\\u0000b\"");
                }
            }
            case "integer" -> {
                values.put("wrong-type", "\"abc\"");
                values.put("wrong-fraction", "1.5");
                values.put("wrong-overflow", "99999999999999999999");
            }
            case "boolean" -> {
                values.put("wrong-type", "\"yes\"");
                values.put("wrong-number", "1");
            }
            case "array" -> {
                values.put("wrong-type", "\"x\"");
                values.put("over-long item", "[\"" + LONG + "\"]");
            }
            default -> values.put("wrong-type", "\"x\"");
        }
        values.put("malformed", "tru");
        return values;
    }

    /** The operation's path with its parameters replaced by the given values (encoded). */
    static String fill(Operation operation, Map<String, String> values) {
        String path = operation.path();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                String value = values.getOrDefault(parameter.name(), "no-such-record");
                path = path.replace(
                        "{" + parameter.name() + "}", Api.encode(value).replace("+", "%20"));
            }
        }
        return path;
    }

    /** Path parameters that exist where they can, so that a bad body is judged as a body. */
    private static Map<String, String> validPathValues(Operation operation) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        if (operation.path().startsWith("units/")) {
            values.put(
                    "id", Units.idOf(Units.WENJIANG, Units.WENJIANG_COMMITTEE).toString());
        } else if (operation.path().startsWith("cadres/")) {
            values.put("id", Cadres.any(Units.WENJIANG, 0).id().toString());
        } else if (operation.path().startsWith("tenant/plugins/")) {
            values.put("id", "example");
        }
        values.put("packId", "no-such-pack");
        values.put("key", "no-such-key");
        values.put("fingerprint", "no-such-key");
        return values;
    }

    /** A user who may call the operation at all, so that refusals are about the input. */
    static String userFor(Operation operation) {
        String path = operation.path();
        if (path.startsWith("platform/vendor-keys")) {
            return "platform-secadmin";
        }
        if (path.startsWith("platform/audit")) {
            return "platform-auditor";
        }
        if (path.startsWith("platform/")) {
            return "platform-sysadmin";
        }
        return path.startsWith("tenant/") ? "wenjiang-admin" : "wenjiang-officer";
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
