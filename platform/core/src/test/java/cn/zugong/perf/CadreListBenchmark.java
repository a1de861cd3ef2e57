package cn.zugong.perf;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.application.PerfCadreService;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenantWallConnectionProvider;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * The cadre list page at province size, for a county officer (one county) and for the provincial
 * supervisor (every tenant of the database): each {@link ListCase} through the portal's own
 * {@link CadreService} on Hibernate (a transaction per page, as a request has) and as hand-written
 * SQL, both through the application role under row-level security. A main-class harness: warm-up
 * runs, then measured runs, median and 95th percentile in milliseconds.
 *
 * <p>Arguments: database (default {@code zugong_perf}), county (default 514101), warm-up runs
 * (default 5), measured runs (default 20), {@code explain} to print EXPLAIN (ANALYZE, BUFFERS) of
 * the hand-written SQL and Hibernate's SQL of every case instead of timing.
 */
public final class CadreListBenchmark {

    private CadreListBenchmark() {}

    public static void main(String[] args) throws Exception {
        PerfDatabase db = new PerfDatabase(args.length > 0 ? args[0] : PerfDatabase.DEFAULT_NAME);
        TenantId county = new TenantId(args.length > 1 ? args[1] : "514101");
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        boolean explain = args.length > 4 && args[4].equals("explain");
        Set<TenantId> province = tenants(db);
        List<Scope> scopes = List.of(
                new Scope("county " + county.code(), Tenancy.writing(county)),
                new Scope("supervisor (" + province.size() + " tenants)", Tenancy.reading(province)));
        LocalDate today = LocalDate.now();
        try (PerfDatabase.Sessions sessions = PerfDatabase.sessions(db.app(), 50);
                Connection raw = db.app().getConnection()) {
            raw.setAutoCommit(false);
            System.out.println("| scope | case | rows | Hibernate median | Hibernate p95 | SQL median | SQL p95"
                    + " | SQL in-list median | SQL in-list p95 |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            for (Scope scope : scopes) {
                for (ListCase c : ListCase.all(today)) {
                    IntSupplier hibernate =
                            () -> TenancyHolder.callAs(scope.tenancy(), () -> viaHibernate(sessions, c));
                    IntSupplier sql = () -> viaSql(raw, scope.tenancy(), c, false, false);
                    IntSupplier inList = () -> viaSql(raw, scope.tenancy(), c, false, true);
                    if (explain) {
                        System.out.println("\n### " + scope.name() + ": " + c.name());
                        sessions.connections().explain = true;
                        hibernate.getAsInt();
                        sessions.connections().explain = false;
                        System.out.println("Hibernate: " + sessions.sql().last());
                        viaSql(raw, scope.tenancy(), c, true, false);
                        viaSql(raw, scope.tenancy(), c, true, true);
                        continue;
                    }
                    Timing h = Timing.of(hibernate, warmUp, runs);
                    Timing s = Timing.of(sql, warmUp, runs);
                    Timing l = Timing.of(inList, warmUp, runs);
                    if (h.rows() != s.rows() || h.rows() != l.rows()) {
                        throw new IllegalStateException(c.name() + ": Hibernate " + h.rows() + " rows, SQL " + s.rows()
                                + ", SQL with the list " + l.rows());
                    }
                    System.out.printf(
                            "| %s | %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                            scope.name(),
                            c.name(),
                            h.rows(),
                            h.median(),
                            h.p95(),
                            s.median(),
                            s.p95(),
                            l.median(),
                            l.p95());
                }
            }
        }
    }

    private record Scope(String name, Tenancy tenancy) {}

    /** Rows of the page, or the count. */
    private static int viaHibernate(PerfDatabase.Sessions sessions, ListCase c) {
        EntityManager em = sessions.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            CadreService service = PerfCadreService.on(em);
            int rows = c.count()
                    ? service.count(c.filter())
                    : service.list(c.query()).size();
            em.getTransaction().commit();
            return rows;
        } finally {
            em.close();
        }
    }

    /**
     * The hand-written SQL: the readable tenants as one array parameter, or ({@code inList}) as one
     * parameter each, {@code in (?, …)}, the form Hibernate sends for the portal's {@code in :readable}.
     */
    private static int viaSql(Connection connection, Tenancy tenancy, ListCase c, boolean explain, boolean inList) {
        try {
            TenantWallConnectionProvider.bind(connection, tenancy);
            List<Object> parameters = new ArrayList<>();
            Object[] codes = tenancy.readableCodes().stream().sorted().toArray();
            int tenants = inList ? codes.length : 0;
            String sql = c.sql(parameters, tenants);
            if (explain) {
                sql = "explain (analyze, buffers) " + sql;
                System.out.println((inList ? "SQL in-list: " : "SQL: ") + c.sql(new ArrayList<>(), tenants));
            }
            int rows = 0;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = 1;
                if (inList) {
                    for (Object code : codes) {
                        statement.setObject(next++, code);
                    }
                } else {
                    statement.setArray(next++, connection.createArrayOf("varchar", codes));
                }
                for (int i = 0; i < parameters.size(); i++) {
                    Object value = parameters.get(i);
                    statement.setObject(next + i, value instanceof LocalDate date ? Date.valueOf(date) : value);
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows = c.count() && !explain ? result.getInt(1) : rows + 1;
                        if (explain) {
                            System.out.println("    " + result.getString(1));
                        }
                    }
                }
            }
            connection.commit();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<TenantId> tenants(PerfDatabase db) throws SQLException {
        Set<TenantId> all = new HashSet<>();
        try (Connection connection = db.app().getConnection();
                ResultSet row = connection.createStatement().executeQuery("select code from tenant")) {
            while (row.next()) {
                all.add(new TenantId(row.getString(1)));
            }
        }
        return all;
    }

    /** Milliseconds of the measured runs. */
    record Timing(int rows, double median, double p95) {
        static Timing of(IntSupplier run, int warmUp, int runs) {
            int rows = 0;
            for (int i = 0; i < warmUp; i++) {
                rows = run.getAsInt();
            }
            double[] millis = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                rows = run.getAsInt();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            return new Timing(rows, millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1]);
        }
    }
}
