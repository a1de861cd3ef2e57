package cn.zugong.deployment.it;

import cn.zugong.deployment.cluster.Cluster;
import cn.zugong.testkit.PluginTestkit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The same workload through HAProxy on two portal nodes, then on one (issue 23's benchmark). A
 * benchmark, not a test: its name matches no test pattern, so only an explicit {@code
 * -Dit.test=ClusterBench} runs it (deployment/perf/README.md). {@code zugong.bench.clients} (default
 * 16) virtual threads, each as Wenjiang's or Pidu's officer with a bearer token, ask the REST API
 * for a page of the cadre list and the unit list in turn, for {@code zugong.bench.seconds} (default
 * 45) after a 15 s warm-up; then node B is killed and the same runs on node A alone. Prints the
 * requests per second, median and p95, errors, and what each node served (its own counter).
 */
class ClusterBench {

    private static final String[] PATHS = {"cadres?size=20", "units", "cadres?size=20&sort=birth"};

    @Test
    void theSameWorkloadOnTwoNodesAndOnOne() throws Exception {
        int clients = Integer.getInteger("zugong.bench.clients", 16);
        int seconds = Integer.getInteger("zugong.bench.seconds", 45);
        try (Cluster cluster = ClusterRun.start()) {
            PluginTestkit realm = new PluginTestkit(
                    URI.create(ClusterRun.PORTS.portalUrl()),
                    URI.create(ClusterRun.PORTS.realmUrl()),
                    Browser.PASSWORD);
            String[] tokens = {realm.token("wenjiang-officer"), realm.token("pidu-officer")};
            run(cluster, clients, 15, tokens, "warm-up, two nodes");
            run(cluster, clients, seconds, tokens, "two nodes");
            cluster.killNode(1);
            run(cluster, clients, 15, tokens, "warm-up, node A alone");
            run(cluster, clients, seconds, tokens, "node A alone");
        }
    }

    private static void run(Cluster cluster, int clients, int seconds, String[] tokens, String what) throws Exception {
        double[] before = {served(0), served(1)};
        // HTTP/1.1 as a browser speaks it to a plain-http address (no h2c upgrade)
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        Instant end = Instant.now().plusSeconds(seconds);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.submit(() -> {
                    int i = client;
                    while (Instant.now().isBefore(end)) {
                        String path = PATHS[i++ % PATHS.length];
                        long start = System.nanoTime();
                        try {
                            int status = http.send(
                                            HttpRequest.newBuilder(
                                                            URI.create(ClusterRun.PORTS.portalUrl() + "api/v1/" + path))
                                                    .header("Authorization", "Bearer " + tokens[client % 2])
                                                    .timeout(Duration.ofSeconds(30))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        times.add(System.nanoTime() - start);
                    }
                    return null;
                });
            }
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double a = served(0) - before[0];
        double b = cluster.ports().nodes() > 1 ? served(1) - before[1] : 0;
        System.out.printf(
                Locale.ROOT,
                "%-24s %d clients, %d s: %.1f requests/s, median %.0f ms, p95 %.0f ms, errors %d;"
                        + " node a served %.0f, node b %.0f%n",
                what,
                clients,
                seconds,
                sorted.size() / (double) seconds,
                percentile(sorted, 0.5),
                percentile(sorted, 0.95),
                errors.get(),
                a,
                b);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }

    /** The API requests a node counted ({@code zugong_requests_seconds_count{kind="api"}}); 0 when it is down. */
    private static double served(int node) {
        try {
            String metrics = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://localhost:" + ClusterRun.PORTS.nodeManagement(node) + "/metrics"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            return metrics.lines()
                    .filter(l -> l.startsWith("zugong_requests_seconds_count{") && l.contains("kind=\"api\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (Exception down) {
            return 0;
        }
    }
}
