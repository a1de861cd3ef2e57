package cn.zugong.deployment.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.json.Json;

/**
 * One user of the portal as a browser is, for {@link PortalLoadBench}: its own cookie jar, the
 * Keycloak login form, then one Vaadin UI driven over Vaadin Flow's own HTTP protocol as the Flow
 * client speaks it. The login lands on the route's bootstrap page; {@code ?v-r=init} makes the
 * server create the UI for the route; then UIDL messages ({@code ?v-r=uidl}): the {@code
 * ui-navigate} event the client router sends for the first route and for every link, the grid
 * connector's {@code setViewportRange} (a grid asks for the pages around what it shows) and {@code
 * confirmUpdate} (sent back for every data update), and a text field's value as the field syncs it.
 * Of the server's state tree it keeps what it needs to address those calls: each node's tag and
 * element id. Static resources (the client bundle; a browser caches them) are not fetched.
 * Not thread-safe: one user, one thread, one request at a time, as the Flow client sends them.
 */
final class VaadinUi {

    /** Every HTTP request any user sent, for the benchmark's requests per second. */
    static final AtomicLong REQUESTS = new AtomicLong();

    private static final AtomicBoolean UNCONFIRMED = new AtomicBoolean();

    private static final Json JSON = new Json();
    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern CONFIRM = Pattern.compile("\\$connector\\.confirm\\(\\$(\\d+)\\)");
    private static final String ROWS = "$connector.";
    /** A grid's page size (Grid's default): the connector asks for whole pages. */
    static final int PAGE = 50;
    /** What the Flow client appends to the init request about the browser: a 1366 x 768 window in Beijing time. */
    private static final String BROWSER = "&v-sh=768&v-sw=1366&v-wh=657&v-ww=1366&v-bh=657&v-bw=1366"
            + "&v-tzo=-480&v-dstd=0&v-rtzo=-480&v-dston=false&v-tzid=Asia%2FShanghai&v-td=false&v-pr=1";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .cookieHandler(BrowserCookies.forLocalhost())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base = FullStack.portalUrl();
    private final Map<Long, String> tags = new HashMap<>();
    private final Map<Long, String> ids = new HashMap<>();
    private final Set<Long> askedGrids = new HashSet<>();
    private final List<Map<String, Object>> confirms = new ArrayList<>();
    private String uiId;
    private String csrf;
    private long syncId = -1;
    private long clientId;
    private int promise;
    private boolean rowsSent;
    private String location = "";

    /** A failed step: a refusal, an error answer, or an answer without what the page must show. */
    static final class LoadError extends RuntimeException {
        LoadError(String message) {
            super(message);
        }
    }

    /**
     * Signs in through Keycloak's login form after asking for {@code route}, as a browser whose
     * user opens a bookmark: returns the route's bootstrap page the login lands on.
     */
    String login(String user, String password, String route) throws IOException, InterruptedException {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + route)));
        Matcher action = FORM_ACTION.matcher(form.body());
        if (form.statusCode() != 200 || !action.find()) {
            throw new LoadError("no login form: " + form.statusCode() + " " + form.uri());
        }
        String fields = "username=" + encode(user) + "&password=" + encode(password) + "&credentialId=";
        HttpResponse<String> landing =
                send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields)));
        if (landing.statusCode() != 200 || !landing.uri().toString().startsWith(base)) {
            throw new LoadError("the login did not land on the portal: " + landing.statusCode() + " " + landing.uri());
        }
        return landing.body();
    }

    /** Opens {@code route} as a new page: its bootstrap page, then {@link #start}. */
    void load(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + route)));
        if (page.statusCode() != 200 || !page.uri().toString().startsWith(base)) {
            throw new LoadError("bootstrap page: " + page.statusCode() + " " + page.uri());
        }
        start(route, "");
    }

    /**
     * What the Flow client does on a bootstrap page: the init request (the server creates the UI
     * and its state tree), then the router's first {@code ui-navigate} and the first page of every
     * grid shown.
     */
    void start(String route, String query) throws IOException, InterruptedException {
        // a new page: a new UI, whose state tree numbers its nodes from 1 again
        tags.clear();
        ids.clear();
        askedGrids.clear();
        confirms.clear();
        csrf = null;
        syncId = -1;
        clientId = 0;
        promise = 0;
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=" + encode(route)
                + "&query=" + encode(query) + BROWSER + "&v-curdate=" + System.currentTimeMillis())));
        if (init.statusCode() != 200
                || !init.headers().firstValue("Content-Type").orElse("").contains("json")) {
            throw new LoadError("init: " + init.statusCode() + " " + snippet(init.body()));
        }
        Object config = JSON.toType(init.body(), Object.class);
        Object ui = find(config, "v-uiId");
        Object uidl = find(config, "uidl");
        if (ui == null || !(uidl instanceof Map<?, ?>)) {
            throw new LoadError("init without a UI: " + snippet(init.body()));
        }
        uiId = String.valueOf(((Number) ui).longValue());
        handle(map(uidl));
        if (csrf == null) {
            throw new LoadError("init without a security key: " + snippet(init.body()));
        }
        navigate(route, query, "history");
    }

    /** A link to {@code route} inside the UI: the router's {@code ui-navigate}, then the first page of new grids. */
    void navigate(String route, String query, String trigger) throws IOException, InterruptedException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.put("historyState", null);
        data.put("trigger", trigger);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "event");
        event.put("node", 1);
        event.put("event", "ui-navigate");
        event.put("data", data);
        rowsSent = false;
        location = query.isEmpty() ? route : route + "?" + query;
        rpc(List.of(event));
        List<Map<String, Object>> firstPages = new ArrayList<>();
        for (Map.Entry<Long, String> node : tags.entrySet()) {
            if ("vaadin-grid".equals(node.getValue()) && askedGrids.add(node.getKey())) {
                firstPages.add(call(node.getKey(), "setViewportRange", 0, PAGE));
            }
        }
        if (!firstPages.isEmpty()) {
            rpc(firstPages);
        }
    }

    /** Scrolls the grid with that element id to {@code offset}: the connector asks for the two pages from there. */
    void scroll(String gridId, int offset) throws IOException, InterruptedException {
        rowsSent = false;
        rpc(List.of(call(node(gridId), "setViewportRange", offset, 2 * PAGE)));
    }

    /** Types {@code value} into the text field with that element id, as the field syncs its value. */
    void type(String fieldId, String value) throws IOException, InterruptedException {
        Map<String, Object> sync = new LinkedHashMap<>();
        sync.put("type", "mSync");
        sync.put("node", node(fieldId));
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        rowsSent = false;
        rpc(List.of(sync));
    }

    /** Whether the last step's answers carried rows for a grid (a data update the client confirmed). */
    boolean rowsSent() {
        return rowsSent;
    }

    /** The route (and query) the UI was last navigated to. */
    String location() {
        return location;
    }

    /** Whether an element with that id is in the UI now. */
    boolean shows(String elementId) {
        return ids.containsValue(elementId);
    }

    /** Signs out: the portal ends the HTTP session (and with it the UI), then Keycloak's session. */
    void logout() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(base + "logout")));
    }

    private long node(String elementId) {
        return ids.entrySet().stream()
                .filter(e -> e.getValue().equals(elementId))
                .mapToLong(Map.Entry::getKey)
                .max()
                .orElseThrow(() -> new LoadError("no element " + elementId + " in the UI"));
    }

    private Map<String, Object> call(long node, String method, Object... args) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("type", "publishedEventHandler");
        call.put("node", node);
        call.put("templateEventMethodName", method);
        call.put("templateEventMethodArgs", List.of(args));
        call.put("promise", promise++);
        return call;
    }

    /** One UIDL message; then, as the grid connector does, one more with the confirmations of the data updates. */
    private void rpc(List<Map<String, Object>> invocations) throws IOException, InterruptedException {
        List<Map<String, Object>> next = invocations;
        for (int round = 0; round < 4 && !next.isEmpty(); round++) {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("csrfToken", csrf);
            message.put("rpc", next);
            message.put("syncId", syncId);
            message.put("clientId", clientId);
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(write(message), StandardCharsets.UTF_8)));
            if (answer.statusCode() != 200) {
                throw new LoadError("UIDL answer " + answer.statusCode() + " " + snippet(answer.body()));
            }
            String body = answer.body();
            if (body.startsWith("for(;;);")) {
                body = body.substring("for(;;);".length());
            }
            Object parsed = JSON.toType(body, Object.class);
            clientId++;
            handle(map(parsed instanceof List<?> list ? list.getFirst() : parsed));
            next = new ArrayList<>(confirms);
            confirms.clear();
        }
    }

    private void handle(Map<String, Object> uidl) {
        if (uidl.get("meta") instanceof Map<?, ?> meta
                && (meta.containsKey("appError") || meta.containsKey("sessionExpired"))) {
            throw new LoadError("the server answered " + meta);
        }
        if (Boolean.TRUE.equals(uidl.get("resynchronize"))) {
            throw new LoadError("the server asked to resynchronize");
        }
        if (uidl.get("syncId") instanceof Number id) {
            syncId = id.longValue();
        }
        if (uidl.get("clientId") instanceof Number id) {
            clientId = id.longValue();
        }
        if (uidl.get("Vaadin-Security-Key") instanceof String key) {
            csrf = key;
        }
        if (uidl.get("changes") instanceof List<?> changes) {
            for (Object change : changes) {
                track(map(change));
            }
        }
        if (uidl.get("execute") instanceof List<?> invocations) {
            for (Object invocation : invocations) {
                confirm((List<?>) invocation);
            }
        }
    }

    private void track(Map<String, Object> change) {
        if (!(change.get("node") instanceof Number number)) {
            return;
        }
        long node = number.longValue();
        String type = String.valueOf(change.get("type"));
        if ("detach".equals(type)) {
            tags.remove(node);
            ids.remove(node);
            askedGrids.remove(node);
        } else if ("put".equals(type) && change.get("value") instanceof String value) {
            if ("tag".equals(change.get("key"))) {
                tags.put(node, value);
            } else if ("id".equals(change.get("key"))) {
                ids.put(node, value);
            }
        }
    }

    /** A data update of a grid ends with {@code $connector.confirm(id)}: the client answers with {@code confirmUpdate(id)}. */
    private void confirm(List<?> invocation) {
        if (!(invocation.getLast() instanceof String script) || !script.contains(ROWS)) {
            return;
        }
        Matcher confirm = CONFIRM.matcher(script);
        if (!confirm.find()) {
            return;
        }
        rowsSent = true;
        Object id = invocation.get(Integer.parseInt(confirm.group(1)));
        Long node = null;
        for (Object argument : invocation) {
            if (argument instanceof Map<?, ?> reference && reference.get("@v-node") instanceof Number n) {
                node = n.longValue();
            }
        }
        if (node == null && askedGrids.size() == 1) {
            node = askedGrids.iterator().next();
        }
        if (node != null && id instanceof Number update) {
            confirms.add(call(node, "confirmUpdate", update.longValue()));
        } else if (UNCONFIRMED.compareAndSet(false, true)) {
            System.out.println("PORTAL BENCH could not confirm a data update: " + write(invocation));
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        REQUESTS.incrementAndGet();
        return http.send(
                request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Object find(Object tree, String key) {
        if (tree instanceof Map<?, ?> map) {
            if (map.containsKey(key)) {
                return map.get(key);
            }
            for (Object value : map.values()) {
                Object found = find(value, key);
                if (found != null) {
                    return found;
                }
            }
        } else if (tree instanceof List<?> list) {
            for (Object value : list) {
                Object found = find(value, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String snippet(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** JSON of maps, lists, strings, numbers, booleans and nulls (the messages this class sends). */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                write(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append('"');
            for (char c : value.toString().toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
