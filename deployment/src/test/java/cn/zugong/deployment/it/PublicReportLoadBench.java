package cn.zugong.deployment.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public reporting page under a flood (issue 20): {@code zugong.bench.rate} submissions a
 * second (default 100) for {@code zugong.bench.seconds} (60) from one address, while a Wenjiang
 * officer keeps using the portal (the REST API's unit list, {@code zugong.bench.officer-rate} calls
 * a second, default 5), measured alone first and then during the flood. The flooder is a script
 * that solves what it can: one thread solves fresh challenges as fast as it can and each solved form
 * is sent once; every other submission reuses a spent challenge or carries none solved. Counts what
 * got through (a new receipt) against the refusals by kind, prints the officer's median and p95 in
 * both phases, and what an unsolved submission costs the server (its round trip) against what a
 * solved one costs the sender. A benchmark, not a test: only {@code -Dit.test=PublicReportLoadBench}
 * runs it (deployment/perf/README.md).
 */
@ExtendWith(FullStack.class)
class PublicReportLoadBench {

    @Test
    void oneAddressFloodsThePublicPage() throws Exception {
        int rate = Integer.getInteger("zugong.bench.rate", 100);
        int seconds = Integer.getInteger("zugong.bench.seconds", 60);
        int officerRate = Integer.getInteger("zugong.bench.officer-rate", 5);
        Plugins.setEnabled("wenjiang-admin", "supervision", "个人有关事项", true);
        try {
            PublicForm flooder = new PublicForm("127.0.0.4");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("county", Units.WENJIANG);
            fields.put("category", "PROCEDURE");
            fields.put("text", "压力测试 " + UUID.randomUUID());

            // The sender's cost and the server's, one at a time first.
            List<Long> solve = new ArrayList<>();
            List<Long> refuse = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                PublicForm.Form form = flooder.open(Units.WENJIANG);
                long t0 = System.nanoTime();
                PublicForm.solve(form.challenge(), form.bits());
                solve.add(System.nanoTime() - t0);
                long t1 = System.nanoTime();
                flooder.send(form, "1" + i, fields);
                refuse.add(System.nanoTime() - t1);
            }
            report("sender solve (Java, one core)", solve);
            report("unsolved submission round trip (403)", refuse);

            String token = Api.token("wenjiang-officer");
            HttpClient officerHttp = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            ConcurrentLinkedQueue<Long> alone = officer(officerHttp, token, officerRate, 15);

            ConcurrentLinkedQueue<Solved> solved = new ConcurrentLinkedQueue<>();
            AtomicBoolean flooding = new AtomicBoolean(true);
            Thread solver = Thread.ofPlatform().start(() -> {
                while (flooding.get()) {
                    try {
                        PublicForm.Form form = flooder.open(Units.WENJIANG);
                        solved.add(new Solved(form, PublicForm.solve(form.challenge(), form.bits())));
                    } catch (Exception refusedOrBusy) {
                        sleep(200);
                    }
                }
            });
            Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
            AtomicInteger accepted = new AtomicInteger();
            java.util.concurrent.atomic.AtomicReference<Solved> lastSolved =
                    new java.util.concurrent.atomic.AtomicReference<>();
            ConcurrentLinkedQueue<Long> during = new ConcurrentLinkedQueue<>();
            Thread officerThread =
                    Thread.ofPlatform().start(() -> during.addAll(officer(officerHttp, token, officerRate, seconds)));
            long start = System.nanoTime();
            try (ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < rate * seconds; i++) {
                    long at = TimeUnit.SECONDS.toNanos(1) * i / rate;
                    int n = i;
                    sends.submit(() -> {
                        sleepUntil(start + at);
                        // What the script has at the moment it sends: a fresh solution, or an old one.
                        Solved fresh = solved.poll();
                        Solved spent = fresh != null ? lastSolved.getAndSet(fresh) : lastSolved.get();
                        HttpResponse<String> answer;
                        String kind;
                        if (fresh != null) {
                            answer = flooder.send(fresh.form(), fresh.solution(), fields);
                            kind = "solved";
                        } else if (spent != null && n % 2 == 0) {
                            // A spent challenge with a new submission key: the challenge decides.
                            PublicForm.Form again = new PublicForm.Form(
                                    spent.form().challenge(), spent.form().bits(), String.format("%032x", n));
                            answer = flooder.send(again, spent.solution(), fields);
                            kind = "reused";
                        } else {
                            PublicForm.Form any = spent != null
                                    ? spent.form()
                                    : new PublicForm.Form("v1.0.18.x.y", 18, "0".repeat(32));
                            answer = flooder.send(any, Integer.toString(n), fields);
                            kind = "unsolved";
                        }
                        String receipt = PublicForm.receipt(answer.body());
                        boolean repeated = answer.body().contains("report-repeated");
                        if (receipt != null && !repeated) {
                            accepted.incrementAndGet();
                        }
                        String key = kind + " -> " + answer.statusCode()
                                + (receipt != null ? (repeated ? " same receipt" : " NEW receipt") : "");
                        outcomes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                        return null;
                    });
                }
            }
            double wall = (System.nanoTime() - start) / 1e9;
            flooding.set(false);
            solver.join();
            officerThread.join();
            System.out.printf(
                    Locale.ROOT,
                    "REPORT BENCH %d submissions over %.1fs from one address: %d new receipts (daily limit 5)%n",
                    rate * seconds,
                    wall,
                    accepted.get());
            outcomes.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> System.out.printf(
                            Locale.ROOT,
                            "REPORT BENCH   %s: %d%n",
                            e.getKey(),
                            e.getValue().get()));
            report("officer GET /api/v1/units alone", new ArrayList<>(alone));
            report("officer GET /api/v1/units during the flood", new ArrayList<>(during));
        } finally {
            Plugins.setEnabled("wenjiang-admin", "supervision", "个人有关事项", false);
        }
    }

    /** A solved form and its solution. */
    private record Solved(PublicForm.Form form, String solution) {}

    /** An officer's calls at {@code perSecond} for {@code seconds}: their durations. */
    private static ConcurrentLinkedQueue<Long> officer(HttpClient http, String token, int perSecond, int seconds) {
        ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < perSecond * seconds; i++) {
                long at = TimeUnit.SECONDS.toNanos(1) * i / perSecond;
                calls.submit(() -> {
                    sleepUntil(start + at);
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(URI.create(Api.BASE + "units?size=20"))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        times.add(System.nanoTime() - t0);
                    }
                    return null;
                });
            }
        }
        return times;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf(Locale.ROOT, "REPORT BENCH %s: no successful call%n", what);
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "REPORT BENCH %s n=%d median=%.1fms p95=%.1fms max=%.1fms%n",
                what,
                sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1) / 1e6,
                sorted.getLast() / 1e6);
    }
}
