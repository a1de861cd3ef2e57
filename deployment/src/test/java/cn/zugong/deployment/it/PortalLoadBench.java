package cn.zugong.deployment.it;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal under a room of concurrent users (issue 22 item 7), against the running portal of the
 * integration tests (WildFly, PostgreSQL, Keycloak). A benchmark, not a test: its name matches no
 * test pattern, so only an explicit {@code -Dit.test=PortalLoadBench} runs it
 * (deployment/perf/README.md).
 *
 * <p>Users are made in the realm, one per simulated person (so every one has its own Keycloak and
 * HTTP session): county officers of 温江 and 郫都 (70 %), supervisors of the city (15 %) and of the
 * province (15 %). Each signs in through the Keycloak login form and works in one Vaadin UI
 * ({@link VaadinUi}: Vaadin's own HTTP protocol, as the browser's Flow client speaks it) in a
 * cycle with a think time between steps: the cadre list opened by link, a deep page, a search, a
 * cadre file, the dashboard, the list filtered as a dashboard figure links it, a cadre file again.
 * The users come in stages ({@code zugong.bench.stages}, default 50 then 200): the new users of a
 * stage sign in spread over the ramp, then every user works for the stage's measured time; at the
 * end each one opens the cadre list and the server's heap after a full collection is taken, against
 * the baseline with no user signed in. Prints, per stage, each step's median, p95, maximum and
 * errors, the steps and requests per second, the CPU the server JVMs used and the heap per open UI.
 */
@ExtendWith(FullStack.class)
class PortalLoadBench {

    /** Who a user is: the group that gives their tenancy, their role, the counties they read. */
    enum Persona {
        WENJIANG("/51/5101/510115", "officer", List.of(Units.WENJIANG)),
        PIDU("/51/5101/510117", "officer", List.of(Units.PIDU)),
        CITY("/51/5101", "supervisor", List.of(Units.WENJIANG, Units.PIDU)),
        PROVINCE("/51", "supervisor", List.of(Units.WENJIANG, Units.PIDU));

        final String group;
        final String role;
        final List<String> counties;

        Persona(String group, String role, List<String> counties) {
            this.group = group;
            this.role = role;
            this.counties = counties;
        }

        /** Of every 20 users: 7 of 温江, 7 of 郫都, 3 of the city, 3 of the province, mixed so every prefix has the mix. */
        static Persona of(int user) {
            int place = user % 20;
            if (place == 4 || place == 10 || place == 16) {
                return CITY;
            }
            if (place == 7 || place == 13 || place == 19) {
                return PROVINCE;
            }
            return user % 2 == 0 ? WENJIANG : PIDU;
        }
    }

    /** A county's cadres as the steps use them: ids for the files, pinyin initials for the searches. */
    record County(List<UUID> ids, List<String> initials) {}

    /** One step's times and failures in one stage. */
    static final class Step {
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        final AtomicInteger errors = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    }

    private static final String[] CYCLE = {
        "list: open by link",
        "list: deep page",
        "list: search",
        "cadre file",
        "dashboard",
        "list: filtered (dashboard link)",
        "cadre file"
    };
    private static final String LOGIN = "login (Keycloak form, lands on the list's page)";
    private static final String FIRST = "list: first load (init, navigate, first page)";

    private final Map<String, County> counties = new LinkedHashMap<>();

    /** One simulated person: their realm user, their UI, their own random choices. */
    final class Client {
        final String user;
        final Persona persona;
        final Random random;
        VaadinUi ui;
        int next = 1;

        Client(String user, Persona persona, long seed) {
            this.user = user;
            this.persona = persona;
            this.random = new Random(seed);
        }

        int count() {
            return persona.counties.stream()
                    .mapToInt(c -> counties.get(c).ids().size())
                    .sum();
        }

        County county() {
            return counties.get(persona.counties.get(random.nextInt(persona.counties.size())));
        }

        void signIn() throws Exception {
            ui = new VaadinUi();
            ui.login(user, Browser.PASSWORD, "cadres");
        }

        void firstLoad() throws Exception {
            ui.start("cadres", "");
            expectRows();
        }

        void step(String name) throws Exception {
            switch (name) {
                case "list: open by link" -> {
                    ui.navigate("cadres", "", "link");
                    expectRows();
                }
                case "list: deep page" -> {
                    ui.scroll("cadres-grid", Math.max(0, ((count() - 1) / VaadinUi.PAGE - 1) * VaadinUi.PAGE));
                    expectRows();
                }
                case "list: search" -> {
                    List<String> initials = county().initials();
                    String name0 = initials.get(random.nextInt(initials.size()));
                    ui.type("cadre-search", name0.substring(0, Math.min(2, name0.length())));
                    expectRows();
                }
                case "cadre file" -> {
                    List<UUID> ids = county().ids();
                    ui.navigate("cadres/" + ids.get(random.nextInt(ids.size())), "", "link");
                    expect("cadre-name");
                }
                case "dashboard" -> {
                    ui.navigate("dashboard", "", "link");
                    expect("dashboard-indicators");
                }
                case "list: filtered (dashboard link)" -> {
                    ui.navigate("cadres", "gender=FEMALE&minAge=35&maxAge=55", "link");
                    expectRows();
                }
                default -> throw new IllegalArgumentException(name);
            }
        }

        private void expectRows() {
            if (!ui.rowsSent()) {
                throw new VaadinUi.LoadError("no rows for the grid on " + ui.location());
            }
        }

        private void expect(String elementId) {
            if (!ui.shows(elementId)) {
                throw new VaadinUi.LoadError("no " + elementId + " shown on " + ui.location());
            }
        }
    }

    @Test
    void twoHundredUsersOnTheListsFilesAndDashboard() throws Exception {
        int[] stages = Arrays.stream(
                        System.getProperty("zugong.bench.stages", "50,200").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip()))
                .toArray();
        int seconds = Integer.getInteger("zugong.bench.seconds", 90);
        int ramp = Integer.getInteger("zugong.bench.ramp-seconds", 30);
        int think = Integer.getInteger("zugong.bench.think-ms", 5000);
        int users = stages[stages.length - 1];
        for (String county : List.of(Units.WENJIANG, Units.PIDU)) {
            counties.put(county, county(county));
        }
        System.out.printf(
                Locale.ROOT,
                "PORTAL BENCH cadres: %s=%d %s=%d; stages=%s seconds=%d ramp=%ds think=%dms%n",
                Units.WENJIANG,
                counties.get(Units.WENJIANG).ids().size(),
                Units.PIDU,
                counties.get(Units.PIDU).ids().size(),
                Arrays.toString(stages),
                seconds,
                ramp,
                think);
        List<Client> clients = new ArrayList<>();
        List<Client> warm = new ArrayList<>();
        for (Persona persona : Persona.values()) {
            warm.add(new Client("load-warm-" + persona.name().toLowerCase(Locale.ROOT), persona, persona.ordinal()));
        }
        for (int i = 0; i < users; i++) {
            clients.add(new Client(String.format(Locale.ROOT, "load-%04d", i), Persona.of(i), 1000L + i));
        }
        createRealmUsers(warm, clients);
        ServerProcess wildfly = ServerProcess.wildfly();
        ServerProcess keycloak = ServerProcess.keycloak();
        warmUp(warm);
        long baseline = wildfly.heapAfterGc();
        System.out.printf(Locale.ROOT, "PORTAL BENCH heap after GC, no user signed in: %.1f MB%n", baseline / 1e6);
        int before = 0;
        for (int stage : stages) {
            run(clients.subList(0, stage), before, ramp, seconds, think, baseline, wildfly, keycloak);
            before = stage;
        }
    }

    private void run(
            List<Client> clients,
            int signedIn,
            int ramp,
            int seconds,
            int think,
            long baseline,
            ServerProcess wildfly,
            ServerProcess keycloak)
            throws Exception {
        Map<String, Step> steps = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long steady = start + TimeUnit.SECONDS.toNanos(ramp);
        long end = steady + TimeUnit.SECONDS.toNanos(seconds);
        Duration wildflyCpu = wildfly.cpu();
        Duration keycloakCpu = keycloak.cpu();
        Duration benchCpu = ownCpu();
        long requests = VaadinUi.REQUESTS.get();
        AtomicInteger steadySteps = new AtomicInteger();
        AtomicInteger allSteps = new AtomicInteger();
        long[] steadyMarks = new long[2];
        int newcomers = clients.size() - signedIn;
        try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients.size(); i++) {
                Client client = clients.get(i);
                long arrival = i < signedIn
                        ? start
                        : start + TimeUnit.SECONDS.toNanos(ramp) * (i - signedIn) / Math.max(1, newcomers);
                people.submit(() -> {
                    sleepUntil(arrival);
                    if (client.ui == null) {
                        if (!timed(steps, LOGIN, client::signIn) || !timed(steps, FIRST, client::firstLoad)) {
                            client.ui = null;
                            return null;
                        }
                        allSteps.incrementAndGet();
                    }
                    while (client.ui != null) {
                        long pause = (long) (think * (0.5 + client.random.nextDouble()));
                        TimeUnit.MILLISECONDS.sleep(pause);
                        if (System.nanoTime() >= end) {
                            break;
                        }
                        String name = CYCLE[client.next];
                        client.next = (client.next + 1) % CYCLE.length;
                        boolean counted = System.nanoTime() >= steady;
                        if (!timed(counted ? steps : new ConcurrentHashMap<>(), name, () -> client.step(name))) {
                            recover(client);
                        }
                        if (counted) {
                            steadySteps.incrementAndGet();
                        }
                        allSteps.incrementAndGet();
                    }
                    return null;
                });
            }
            sleepUntil(steady);
            steadyMarks[0] = VaadinUi.REQUESTS.get();
            sleepUntil(end);
            steadyMarks[1] = VaadinUi.REQUESTS.get();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double busy = wildfly.cpu().minus(wildflyCpu).toMillis() / 1e3;
        double kc = keycloak.cpu().minus(keycloakCpu).toMillis() / 1e3;
        double own = ownCpu().minus(benchCpu).toMillis() / 1e3;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // Every user ends on a fresh cadre list (by way of the dashboard, so that the list is a new
        // view with its first page), so that the heap is measured with one kind of view per UI and
        // the next stage's cycle starts where it always does.
        try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Client client : clients) {
                if (client.ui != null) {
                    people.submit(() -> {
                        client.ui.navigate("dashboard", "", "link");
                        client.ui.navigate("cadres", "", "link");
                        client.next = 1;
                        return null;
                    });
                }
            }
        }
        long open = clients.stream().filter(c -> c.ui != null).count();
        long heap = wildfly.heapAfterGc();
        System.out.printf(
                Locale.ROOT,
                "PORTAL BENCH stage users=%d (open UIs %d) wall=%.0fs: steady %ds: %d steps (%.1f/s), %.1f requests/s;"
                        + " all requests %d; CPU WildFly %.0fs (%.2f cores) Keycloak %.0fs (%.2f cores) bench %.0fs"
                        + " (%.2f cores); load average %.1f; heap after GC %.1f MB, %.1f MB over the baseline,"
                        + " %.2f MB per open UI; %d steps in the stage (first loads included, logins not),"
                        + " WildFly CPU %.0f ms a step%n",
                clients.size(),
                open,
                wall,
                seconds,
                steadySteps.get(),
                steadySteps.get() / (double) seconds,
                (steadyMarks[1] - steadyMarks[0]) / (double) seconds,
                VaadinUi.REQUESTS.get() - requests,
                busy,
                busy / wall,
                kc,
                kc / wall,
                own,
                own / wall,
                load,
                heap / 1e6,
                (heap - baseline) / 1e6,
                (heap - baseline) / 1e6 / Math.max(1, open),
                allSteps.get(),
                busy * 1e3 / Math.max(1, allSteps.get()));
        for (String name : order()) {
            Step step = steps.get(name);
            if (step == null) {
                continue;
            }
            List<Long> sorted = new ArrayList<>(step.nanos);
            Collections.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "PORTAL BENCH users=%d | %s | n=%d | median=%.1fms | p95=%.1fms | max=%.1fms | errors=%d%n",
                    clients.size(),
                    name,
                    sorted.size(),
                    ms(sorted, 0.50),
                    ms(sorted, 0.95),
                    sorted.isEmpty() ? 0 : sorted.getLast() / 1e6,
                    step.errors.get());
            step.failures.forEach(f -> System.out.println("PORTAL BENCH   failure: " + f));
        }
    }

    private static List<String> order() {
        List<String> names = new ArrayList<>(List.of(LOGIN, FIRST));
        for (String name : CYCLE) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** After a failed step the person reloads the page: a new UI on the cadre list. */
    private static void recover(Client client) {
        try {
            client.ui.load("cadres");
            client.next = 1;
        } catch (Exception e) {
            try {
                client.signIn();
                client.firstLoad();
                client.next = 1;
            } catch (Exception lost) {
                client.ui = null;
            }
        }
    }

    interface Action {
        void run() throws Exception;
    }

    private static boolean timed(Map<String, Step> steps, String name, Action action) {
        Step step = steps.computeIfAbsent(name, n -> new Step());
        long t0 = System.nanoTime();
        try {
            action.run();
            step.nanos.add(System.nanoTime() - t0);
            return true;
        } catch (Exception e) {
            step.nanos.add(System.nanoTime() - t0);
            step.errors.incrementAndGet();
            if (step.failures.size() < 3) {
                step.failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            return false;
        }
    }

    /** Warm-up: one user of each kind signs in, goes twice through the cycle, signs out (the server drops their UI). */
    private static void warmUp(List<Client> warm) throws Exception {
        Map<String, Step> ignored = new ConcurrentHashMap<>();
        try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Client client : warm) {
                people.submit(() -> {
                    timed(ignored, LOGIN, client::signIn);
                    timed(ignored, FIRST, client::firstLoad);
                    for (int i = 0; i < 2 * CYCLE.length; i++) {
                        String name = CYCLE[client.next];
                        client.next = (client.next + 1) % CYCLE.length;
                        if (!timed(ignored, name, () -> client.step(name))) {
                            recover(client);
                        }
                    }
                    client.ui.logout();
                    client.ui = null;
                    return null;
                });
            }
        }
        List<String> failed = new ArrayList<>();
        ignored.forEach((name, step) -> {
            if (step.errors.get() > 0) {
                failed.add(name + ": " + step.errors.get() + " errors " + step.failures);
            }
        });
        if (!failed.isEmpty()) {
            // Four users on a quiet server: a failure here is the harness's or the portal's, not the load's.
            throw new AssertionError("The warm-up failed, nothing measured: " + failed);
        }
    }

    private static void createRealmUsers(List<Client> warm, List<Client> clients) throws Exception {
        List<Client> all = new ArrayList<>(warm);
        all.addAll(clients);
        long t0 = System.nanoTime();
        try (ExecutorService admin = Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<?>> made = new ArrayList<>();
            for (Client client : all) {
                made.add(admin.submit(() -> {
                    RealmUsers.create(
                            client.user, Browser.PASSWORD, List.of(client.persona.role), client.persona.group);
                    return null;
                }));
            }
            for (var done : made) {
                done.get();
            }
        }
        System.out.printf(
                Locale.ROOT, "PORTAL BENCH %d realm users made in %.1fs%n", all.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** The county's cadres, read through the wall as the county. */
    private static County county(String tenant) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement("select id, name_initials from cadre order by id");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getObject(1, UUID.class));
                    initials.add(row.getString(2));
                }
            } finally {
                db.rollback();
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No demo cadres in " + tenant);
        }
        return new County(ids, initials);
    }

    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1e6;
    }
}
