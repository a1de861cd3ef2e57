package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.deployment.cluster.Cluster;
import cn.zugong.deployment.cluster.ClusterPorts;
import cn.zugong.testkit.PluginTestkit;
import cn.zugong.testkit.TestVendorKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 23's two-node test: the cluster of {@code run.sh --cluster} (HAProxy, two portal nodes, two
 * Keycloak nodes, one PostgreSQL) on ports of its own, so it runs beside {@link FullStack}'s server.
 * A plugin installed through node A is run by node B from the database; a county suspended and
 * resumed, and a module enabled, through node A hold on node B at once; an officer whose node is
 * killed reloads and is served by the other node without a password (Keycloak's SSO); with one
 * Keycloak node stopped a fresh login through the balancer still works. A daily job enabled for two
 * counties runs once for each, whichever node ticks first, and neither node runs it again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());

    static final ClusterPorts PORTS = ClusterRun.PORTS;

    private static final int A = 0;
    private static final int B = 1;
    private static final Duration SECONDS = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static Cluster cluster;
    private static PluginTestkit nodeA;
    private static PluginTestkit nodeB;

    @BeforeAll
    static void startTheCluster() throws Exception {
        long starting = System.nanoTime();
        cluster = ClusterRun.start();
        LOG.info(() -> "Cluster started (HAProxy, 2 Keycloak, 2 portal nodes): "
                + (System.nanoTime() - starting) / 1_000_000 + " ms");
        nodeA = new PluginTestkit(URI.create(cluster.nodeUrl(A)), URI.create(PORTS.realmUrl()), Browser.PASSWORD);
        nodeB = new PluginTestkit(URI.create(cluster.nodeUrl(B)), URI.create(PORTS.realmUrl()), Browser.PASSWORD);
    }

    @AfterAll
    static void stopTheCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aPluginInstalledThroughNodeAIsRunByNodeBWithinSeconds() throws Exception {
        assertThat(running(B)).contains("example ");
        nodeA.trustTestVendor();

        nodeA.uninstall("example");
        within(SECONDS, () -> running(B), r -> !r.contains("example "));
        assertThat(running(A)).doesNotContain("example ");
        assertThat(jars(B)).noneMatch(name -> name.startsWith("example"));

        Path copy = Files.createTempDirectory("zugong-cluster-it").resolve("example.jar");
        Files.copy(FullStack.moduleDir().resolve("target/plugins/example.jar"), copy);
        Path signed = TestVendorKeys.signedForTest(copy);
        long installing = System.nanoTime();
        PluginTestkit.InstalledPlugin installed = nodeA.install(signed);
        // a reinstall after an uninstall starts disabled: the operator enables it again
        nodeA.enablePlatformWide("example");
        String version = within(SECONDS, () -> running(B), r -> r.contains("example "));
        LOG.info(() -> "Installed through node A, running on node B after "
                + (System.nanoTime() - installing) / 1_000_000 + " ms");

        assertThat(version).contains("example " + installed.version());
        assertThat(running(A)).contains("example " + installed.version());
        // node B wrote the jar from the database into its own cache: the uploaded bytes
        Path cached = cluster.nodePlugins(B).resolve("example-" + installed.version() + ".jar");
        assertThat(cached).exists();
        assertThat(sha256(cached)).isEqualTo(sha256(signed));
    }

    @Test
    @Order(2)
    void aCountySuspendedOrResumedAndAModuleEnabledThroughNodeAHoldOnNodeBWithinSeconds() throws Exception {
        assertThat(api(B, "GET", "units", nodeB.token("pidu-officer"))).isEqualTo(200);

        assertThat(api(A, "POST", "platform/tenants/510117/suspend", nodeA.token("platform-sysadmin")))
                .isEqualTo(200);
        within(SECONDS, () -> api(B, "GET", "units", nodeB.token("pidu-officer")), s -> s == 403);

        assertThat(api(A, "POST", "platform/tenants/510117/resume", nodeA.token("platform-sysadmin")))
                .isEqualTo(200);
        within(SECONDS, () -> api(B, "GET", "units", nodeB.token("pidu-officer")), s -> s == 200);

        nodeA.offer("example", "510115");
        nodeA.enable("example", "wenjiang-admin");
        within(SECONDS, () -> nodeB.enabledPlugins("wenjiang-officer"), ids -> ids.contains("example"));
        assertThat(nodeB.enabledPlugins("pidu-officer")).doesNotContain("example");
        nodeA.disable("example", "wenjiang-admin");
        within(SECONDS, () -> nodeB.enabledPlugins("wenjiang-officer"), ids -> !ids.contains("example"));
    }

    @Test
    @Order(3)
    void aDailyJobRunsOncePerCountyWhicheverNodeTicks() throws Exception {
        double before = jobRuns(A, "ok") + jobRuns(B, "ok");
        nodeA.enable("training", "wenjiang-admin");
        nodeB.enable("training", "pidu-admin");
        // both nodes tick every 5 s and both find the two counties' slot of today due
        within(Duration.ofSeconds(30), () -> jobRuns(A, "ok") + jobRuns(B, "ok"), n -> n >= before + 2);
        Instant end = Instant.now().plusSeconds(12);
        while (Instant.now().isBefore(end)) {
            // each node ticks twice more meanwhile: neither runs a county's slot again
            assertThat(jobRuns(A, "ok") + jobRuns(B, "ok")).isEqualTo(before + 2);
            Thread.sleep(500); // the pause between two reads of the counters
        }
        assertThat(jobRuns(A, "failed") + jobRuns(B, "failed")).isZero();
        double a = jobRuns(A, "ok");
        double b = jobRuns(B, "ok");
        LOG.info(() -> "Training's daily job for two counties: node a ran " + a + ", node b " + b);
    }

    @Test
    @Order(4)
    void anOfficerWhoseNodeDiedReloadsAndIsServedByTheOtherNodeWithoutAPassword() throws Exception {
        try (Browser browser = Browser.open()) {
            login(browser, "wenjiang-officer", "units");
            String holder =
                    browser.driver.manage().getCookieNamed("ZUGONG_NODE").getValue();
            int dead = holder.equals(ClusterPorts.name(A)) ? A : B;
            String other = ClusterPorts.name(1 - dead);

            long killed = System.nanoTime();
            cluster.killNode(dead);
            // the page's own reload: no password typed, so only Keycloak's SSO can sign the user in
            browser.driver.navigate().refresh();
            browser.waitForShell();
            LOG.info(() -> "Node " + holder + " killed; the reload was served by node " + other + " after "
                    + (System.nanoTime() - killed) / 1_000_000 + " ms");

            assertThat(browser.driver.getCurrentUrl()).isEqualTo(PORTS.portalUrl() + "units");
            Cookie node = browser.driver.manage().getCookieNamed("ZUGONG_NODE");
            assertThat(node.getValue()).isEqualTo(other);
            // and the next pages too, on the same node
            browser.driver.get(PORTS.portalUrl() + "cadres");
            browser.waitForShell();
            assertThat(browser.driver.manage().getCookieNamed("ZUGONG_NODE").getValue())
                    .isEqualTo(other);
        }
    }

    @Test
    @Order(5)
    void withOneKeycloakNodeStoppedAFreshLoginThroughTheBalancerWorks() throws Exception {
        cluster.stopKeycloak(A);
        try (Browser browser = Browser.open()) {
            login(browser, "pidu-officer", "units");
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(PORTS.portalUrl() + "units");
        }
        PluginTestkit fresh =
                new PluginTestkit(URI.create(PORTS.portalUrl()), URI.create(PORTS.realmUrl()), Browser.PASSWORD);
        assertThat(fresh.enabledPlugins("pidu-officer")).doesNotContain("example");
    }

    /** Signs in through the balancer (portal and Keycloak both behind HAProxy). */
    private static void login(Browser browser, String user, String path) {
        browser.driver.get(PORTS.portalUrl() + path);
        browser.wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(user);
        assertThat(browser.driver.getCurrentUrl()).startsWith(PORTS.realmUrl());
        browser.driver.findElement(By.id("password")).sendKeys(Browser.PASSWORD);
        browser.driver.findElement(By.id("kc-login")).click();
        browser.waitForShell();
    }

    /** The plugins a node runs, as its readiness report lists them ("example 1.0.0, training …"). */
    @SuppressWarnings("unchecked")
    private static String running(int node) throws Exception {
        HttpResponse<String> ready = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + PORTS.nodeManagement(node) + "/health/ready"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Object> health = new Json().toType(ready.body(), Map.class);
        return ((List<Map<String, Object>>) health.get("checks"))
                .stream()
                        .filter(c -> "plugins".equals(c.get("name")))
                        .map(c -> String.valueOf(((Map<String, Object>) c.get("data")).get("running")))
                        .findFirst()
                        .orElseThrow();
    }

    /** The training plugin's job runs this node counted ({@code zugong_plugin_job_runs_total}). */
    private static double jobRuns(int node, String outcome) throws Exception {
        String metrics = HTTP.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + PORTS.nodeManagement(node) + "/metrics"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return metrics.lines()
                .filter(l -> l.startsWith("zugong_plugin_job_runs_total{"))
                .filter(l -> l.contains("plugin=\"training\"") && l.contains("outcome=\"" + outcome + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static List<String> jars(int node) throws Exception {
        try (var files = Files.list(cluster.nodePlugins(node))) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** The status of a REST call on one node's own port. */
    private static int api(int node, String method, String path, String token) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(cluster.nodeUrl(node) + "api/v1/" + path))
                                .header("Authorization", "Bearer " + token)
                                .method(method, HttpRequest.BodyPublishers.noBody())
                                .timeout(Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Asks again every 100 ms until the answer fits; fails after the deadline with the last answer. */
    private static <T> T within(Duration deadline, Callable<T> ask, Predicate<T> fits) throws Exception {
        Instant end = Instant.now().plus(deadline);
        T last = null;
        while (Instant.now().isBefore(end)) {
            last = ask.call();
            if (fits.test(last)) {
                return last;
            }
            Thread.sleep(100); // the pause between two polls
        }
        throw new AssertionError("Not within " + deadline + "; last answer: " + last);
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
