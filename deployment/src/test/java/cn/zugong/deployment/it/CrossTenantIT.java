package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.deployment.it.OpenApiOperations.Operation;
import cn.zugong.deployment.it.OpenApiOperations.Parameter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the served OpenAPI document, called by every user of the demo realm and
 * anonymously with the ids of counties the caller may not touch (Wenjiang's as a Pidu user, both
 * counties' as a platform or province user): no 2xx write, no 2xx answer that holds another
 * county's record or tenant, and no row of another county changed.
 */
@ExtendWith(FullStack.class)
class CrossTenantIT {

    private static final String COUNTY_PATH = "/51/5101/";
    private static final String ANONYMOUS = "(anonymous)";
    private static final String ALL_TENANTS = "510000,510115,510117";

    /** A county record the suite aims at: units and cadres are the API's records with ids. */
    record Target(String kind, String tenant, UUID id, String name) {}

    /** A demo user: name, realm roles and the tenant path of its group (empty for platform users). */
    record User(String name, List<String> roles, String group) {

        boolean reads(Target target) {
            return group.equals(COUNTY_PATH + target.tenant())
                    || (roles.contains("supervisor") && (COUNTY_PATH + target.tenant()).startsWith(group + "/"));
        }

        boolean writes(Target target) {
            return group.equals(COUNTY_PATH + target.tenant());
        }
    }

    @Test
    void noUserReachesAnotherCountysRecordsThroughAnyOperation() throws Exception {
        List<Target> targets = List.of(
                new Target(
                        "units",
                        Units.WENJIANG,
                        Units.idOf(Units.WENJIANG, Units.WENJIANG_COMMITTEE),
                        Units.WENJIANG_COMMITTEE),
                new Target("units", Units.PIDU, Units.idOf(Units.PIDU, Units.PIDU_HEALTH), Units.PIDU_HEALTH),
                cadre(Units.WENJIANG),
                cadre(Units.PIDU));
        Map<Target, String> before = new LinkedHashMap<>();
        for (Target target : targets) {
            before.put(target, snapshot(target));
        }
        List<Operation> operations = OpenApiOperations.served().operations();
        List<User> users = demoUsers();
        assertThat(users).extracting(User::name).contains("pidu-viewer", "wenjiang-officer", "sichuan-supervisor");

        List<String> leaks = new ArrayList<>();
        int calls = 0;
        int missing = 0;
        for (User user : users) {
            String token = user.name().equals(ANONYMOUS) ? null : Api.token(user.name());
            for (Operation operation : operations) {
                for (Target target : targets) {
                    if (user.writes(target) || (operation.method().equals("GET") && user.reads(target))) {
                        continue;
                    }
                    for (Call call : calls(operation, target)) {
                        HttpResponse<String> response =
                                Api.call(operation.method(), call.path(), token, call.body(), "If-Match", "*");
                        calls++;
                        if (response.statusCode() == 404) {
                            missing++;
                        }
                        String leak = leak(operation, response, user, targets);
                        if (leak != null) {
                            leaks.add(user.name() + " " + operation + " " + call.path() + ": " + leak);
                        }
                    }
                }
            }
        }

        assertThat(calls).as("cross-tenant calls made").isGreaterThan(300);
        assertThat(missing).as("calls that passed sign-in and found nothing").isGreaterThan(10);
        assertThat(leaks).isEmpty();
        for (Target target : targets) {
            assertThat(snapshot(target)).as(target.kind() + " " + target.name()).isEqualTo(before.get(target));
        }
    }

    /** One request: the path with its query, and the body (null for none). */
    record Call(String path, String body) {}

    /** The calls of an operation aimed at a target: its ids in the path, the query and the body. */
    private static List<Call> calls(Operation operation, Target target) {
        List<Call> calls = new ArrayList<>();
        boolean ownKind = operation.path().startsWith(target.kind());
        String path = operation.path();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                String value =
                        ownKind && parameter.name().equals("id") ? target.id().toString() : "no-such-record";
                path = path.replace("{" + parameter.name() + "}", value);
            }
        }
        String body = body(operation, target);
        boolean aimed = path.contains(target.id().toString())
                || (body != null && body.contains(target.id().toString()));
        if (!operation.method().equals("GET") && isRecord(operation) && !aimed) {
            return calls; // a write that names no other county's id is an ordinary write
        }
        calls.add(new Call(path, body));
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("query")) {
                continue;
            }
            if (parameter.name().equals("unitId") && target.kind().equals("units")) {
                calls.add(new Call(path + "?unitId=" + target.id(), body));
            } else if (parameter.name().equals("search") && ownKind) {
                calls.add(new Call(path + "?search=" + Api.encode(target.name()), body));
            }
        }
        return calls;
    }

    /** A body that would be accepted for the caller's own county: only the other county's ids are wrong. */
    private static String body(Operation operation, Target target) {
        if (operation.bodyType() == null || !operation.bodyType().contains("json")) {
            return null;
        }
        if (operation.path().startsWith("units")) {
            String parent = target.kind().equals("units") ? ",\"parentId\":\"" + target.id() + "\"" : "";
            return "{\"name\":\"xt-" + UUID.randomUUID().toString().substring(0, 8)
                    + "\",\"type\":\"WORKING_DEPARTMENT\",\"version\":0" + parent + "}";
        }
        if (operation.path().startsWith("cadres")) {
            return "{\"name\":\"越界\",\"gender\":\"MALE\",\"birthDate\":\"1980-01-01\",\"ethnicity\":\"汉族\","
                    + "\"politicalStatus\":\"MASSES\",\"managementAuthority\":\"COUNTY\",\"status\":\"ACTIVE\","
                    + "\"version\":0}";
        }
        return "{}";
    }

    /** Why the answer is a leak, or null: a 2xx change aimed at another county, or another county's data. */
    private static String leak(Operation operation, HttpResponse<String> response, User user, List<Target> targets) {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error " + status;
        }
        if (status < 200 || status >= 300) {
            return null;
        }
        String body = response.body();
        if (!operation.method().equals("GET") && isRecord(operation)) {
            return "accepted a change: " + status + " " + body;
        }
        for (Target other : targets) {
            if (!user.reads(other)
                    && (body.contains(other.id().toString())
                            || body.contains("\"tenantId\":\"" + other.tenant() + "\""))) {
                return "answered with " + other.kind() + " of " + other.tenant() + ": " + body;
            }
        }
        return null;
    }

    private static boolean isRecord(Operation operation) {
        return operation.path().startsWith("units") || operation.path().startsWith("cadres");
    }

    private static Target cadre(String tenant) throws Exception {
        Cadres.Sample sample = Cadres.any(tenant, 0);
        return new Target("cadres", tenant, sample.id(), sample.name());
    }

    /** The realm's people, read from the realm file the stack imports, and the anonymous caller. */
    private static List<User> demoUsers() throws Exception {
        String realm = Files.readString(
                FullStack.moduleDir().resolve("src/main/keycloak/zugong-realm.json"), StandardCharsets.UTF_8);
        List<User> users = new ArrayList<>();
        for (Object node :
                OpenApiOperations.list(OpenApiOperations.map(Api.parse(realm)).get("users"))) {
            Map<String, Object> user = OpenApiOperations.map(node);
            if (user.containsKey("serviceAccountClientId")) {
                continue; // the portal's own service account signs in with its client secret only
            }
            List<?> groups = OpenApiOperations.list(user.get("groups"));
            users.add(new User(
                    (String) user.get("username"),
                    OpenApiOperations.list(user.get("realmRoles")).stream()
                            .map(String::valueOf)
                            .toList(),
                    groups.isEmpty() ? "" : String.valueOf(groups.getFirst())));
        }
        users.add(new User(ANONYMOUS, List.of(), ""));
        return users;
    }

    /** The record's row and, for a unit, how many units it has below it; read as its own county. */
    private static String snapshot(Target target) throws Exception {
        String row = target.kind().equals("units")
                ? "select name, parent_id, version, (select count(*) from org_unit c where c.parent_id = u.id)"
                        + " from org_unit u where id = ?"
                : "select name, gender, status, version from cadre where id = ?";
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, target.tenant(), ALL_TENANTS); // units below it from any county count
            try (PreparedStatement select = db.prepareStatement(row)) {
                select.setObject(1, target.id());
                try (ResultSet result = select.executeQuery()) {
                    assertThat(result.next()).isTrue();
                    StringBuilder text = new StringBuilder();
                    for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                        text.append(result.getString(i)).append('|');
                    }
                    return text.toString();
                }
            } finally {
                db.rollback();
            }
        }
    }
}
