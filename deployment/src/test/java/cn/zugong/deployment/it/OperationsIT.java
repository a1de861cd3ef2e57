package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operating the portal: readiness with its checks, the requests just made in the Prometheus
 * metrics under their route template, each request's log line with its tenant, user, request id
 * and route and no id number anywhere in the logs, and readiness following PostgreSQL down and
 * back up without restarting the server.
 */
@ExtendWith(FullStack.class)
@SuppressWarnings("unchecked")
class OperationsIT {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");

    @Test
    void theServerIsLiveAndReadyWithTheDatabaseKeycloakAndThePlugins() throws Exception {
        HttpResponse<String> ready = Management.get("health/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        Map<String, Object> health = (Map<String, Object>) Api.parse(ready.body());
        assertThat(health.get("status")).isEqualTo("UP");
        List<Map<String, Object>> checks = (List<Map<String, Object>>) health.get("checks");
        assertThat(checks)
                .filteredOn(
                        c -> List.of("database", "keycloak-realm", "plugins").contains(c.get("name")))
                .hasSize(3)
                .allSatisfy(c -> assertThat(c.get("status")).isEqualTo("UP"));
        Map<String, Object> database = checks.stream()
                .filter(c -> "database".equals(c.get("name")))
                .findFirst()
                .orElseThrow();
        assertThat((Map<String, Object>) database.get("data"))
                .containsEntry("migrated", true)
                // this server has no replica: the reports read the primary
                .containsEntry("reports", "primary");
        assertThat(Management.get("health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void theRequestsJustMadeAreInTheMetricsUnderTheirRouteTemplate() throws Exception {
        String unitId = Units.idOf(Units.WENJIANG, Units.WENJIANG_COMMITTEE).toString();
        String token = Api.token("wenjiang-officer");
        long before = count(metrics(), "GET units/{id}");
        for (int i = 0; i < 3; i++) {
            assertThat(Api.call("GET", "units/" + unitId, token, null).statusCode())
                    .isEqualTo(200);
        }

        try (Browser officer = Browser.as("wenjiang-officer", "units")) {
            officer.waitForGridText(Units.WENJIANG_COMMITTEE);
        }

        String metrics = metrics();
        assertThat(count(metrics, "GET units/{id}")).isEqualTo(before + 3);
        // The tab's requests under its view's template: the navigation and the grid's data.
        assertThat(count(metrics, "units/:unitId?")).isPositive();
        assertThat(metrics).doesNotContain(unitId);
        assertThat(metrics).contains("zugong_vaadin_sessions", "zugong_vaadin_uis");
        // The server's own: the portal's data source pool.
        assertThat(metrics).containsPattern("(?m)^datasources_pool_in_use_count\\{[^}]*name=\"ZugongDS\"");
    }

    @Test
    void aRequestsLogLineCarriesItsTenantUserRequestIdAndRouteAndNoLogHoldsAnIdNumber() throws Exception {
        Cadres.Sample cadre = Cadres.any(Units.WENJIANG, 0);
        HttpResponse<String> read = Api.call("GET", "cadres/" + cadre.id(), Api.token("wenjiang-officer"), null);
        assertThat(read.statusCode()).isEqualTo(200);
        String requestId = read.headers().firstValue("X-Request-Id").orElseThrow();

        String line = Files.readAllLines(serverLog()).stream()
                .filter(l -> l.contains("\"requestId\":\"" + requestId + "\""))
                .filter(l -> l.contains("\"loggerName\":\"cn.zugong.access\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no log line of request " + requestId));
        Map<String, Object> json = (Map<String, Object>) Api.parse(line);
        assertThat((Map<String, Object>) json.get("mdc"))
                .containsEntry("tenant", Units.WENJIANG)
                .containsEntry("user", "wenjiang-officer")
                .containsEntry("route", "GET cadres/{id}");
        assertThat((String) json.get("message"))
                .contains("api GET cadres/{id} 200")
                .doesNotContain(cadre.id().toString());

        for (Path log : List.of(serverLog(), FullStack.moduleDir().resolve("target/it-logs/wildfly.log"))) {
            Matcher idNumber = ID_NUMBER.matcher(Files.readString(log));
            while (idNumber.find()) {
                assertThat(isIdNumber(idNumber.group()))
                        .as("an id number in " + log.getFileName())
                        .isFalse();
            }
        }
    }

    @Test
    void readinessIsDownWhilePostgresqlIsStoppedAndUpWhenItIsBackWithoutARestart() throws Exception {
        Management.until("health/ready", r -> r.statusCode() == 200, Duration.ofSeconds(30));
        String token = Api.token("wenjiang-officer");
        String statistics = "statistics/" + (LocalDate.now().getYear() - 1);
        // the reports' pool holds a connection from before the restart
        assertThat(Api.call("GET", statistics, token, null).statusCode()).isEqualTo(200);
        try {
            postgres("stop");
            HttpResponse<String> down =
                    Management.until("health/ready", r -> r.statusCode() == 503, Duration.ofSeconds(30));
            assertThat(down.body()).contains("\"database\"", "DOWN");
        } finally {
            postgres("start");
        }
        // the first requests once the database is back are served, by either pool (the
        // transactions', the reports'): neither hands out a connection from before the restart
        String unitId = Units.idOf(Units.WENJIANG, Units.WENJIANG_COMMITTEE).toString();
        HttpResponse<String> unit = Api.call("GET", "units/" + unitId, token, null);
        assertThat(unit.statusCode()).as(unit.body()).isEqualTo(200);
        HttpResponse<String> reports = Api.call("GET", statistics, token, null);
        assertThat(reports.statusCode()).as(reports.body()).isEqualTo(200);
        HttpResponse<String> up = Management.get("health/ready");
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        assertThat(up.body()).contains("\"UP\"").containsPattern("\"reports\"\\s*:\\s*\"primary\"");
    }

    private static String metrics() throws Exception {
        HttpResponse<String> metrics = Management.get("metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        // kept beside the server's logs, to read when an assertion on it fails
        Files.writeString(FullStack.moduleDir().resolve("target/it-logs/metrics.txt"), metrics.body());
        return metrics.body();
    }

    /** The count of the request timer's series with this route, over every status and kind. */
    private static long count(String metrics, String route) {
        Pattern series = Pattern.compile("(?m)^zugong_requests_seconds_count\\{(.*)\\} (\\S+)$");
        Matcher m = series.matcher(metrics);
        double total = 0;
        while (m.find()) {
            if (m.group(1).contains("route=\"" + route + "\"")) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return Math.round(total);
    }

    private static Path serverLog() {
        return FullStack.moduleDir().resolve("target/it-server/standalone/log/server.log");
    }

    /** The machine's PostgreSQL cluster (the ITs' database): {@code stop} or {@code start}. */
    private static void postgres(String action) throws Exception {
        String version = System.getProperty("zugong.it.pg.version", "15");
        String cluster = System.getProperty("zugong.it.pg.cluster", "main");
        List<String> command = action.equals("stop")
                ? List.of("pg_ctlcluster", "-m", "fast", version, cluster, action)
                : List.of("pg_ctlcluster", version, cluster, action);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("pg_ctlcluster " + action + ": " + output)
                .isZero();
    }

    /** A resident identity number (GB 11643): 17 digits, a plausible birth date and its check digit. */
    static boolean isIdNumber(String candidate) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (candidate.charAt(i) - '0') * weights[i];
        }
        char check = "10X98765432".charAt(sum % 11);
        int month = Integer.parseInt(candidate.substring(10, 12));
        int day = Integer.parseInt(candidate.substring(12, 14));
        return Character.toUpperCase(candidate.charAt(17)) == check
                && month >= 1
                && month <= 12
                && day >= 1
                && day <= 31;
    }
}
