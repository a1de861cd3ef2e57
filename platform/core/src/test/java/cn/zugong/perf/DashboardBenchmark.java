package cn.zugong.perf;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.post.QuotaFilter;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

/**
 * The dashboard's reads at province size, as the view makes them in one request: the cadre figures
 * ({@code CadreFiguresService.figures}), the post quota totals, the selection overview per step and
 * the inspector's measures, each on Hibernate through the application role under row-level security,
 * one transaction per dashboard as a request has. Scopes: the whole province (every tenant), one city
 * (its counties) and one county. Main class, run by hand: warm-up runs, then measured runs, median
 * and 95th percentile in milliseconds, for the whole dashboard and for each part.
 *
 * <p>Arguments: database (default {@code zugong_perf}), county (default 514101), city (default
 * 514100), warm-up runs (default 3), measured runs (default 10).
 */
public final class DashboardBenchmark {

    private DashboardBenchmark() {}

    /** One part of the dashboard: what it reads, as a number of rows or figures (to see it read something). */
    private static final Map<String, ToIntFunction<EntityManager>> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put(
                "cadre figures",
                em -> Wiring.cadreFigures(em).figures().figures().size());
        PARTS.put(
                "post quota totals",
                em -> Wiring.quota(em).totals(QuotaFilter.ALL).principalApproved());
        PARTS.put("cases per step", em -> Wiring.selection(em).overview().size());
        PARTS.put("inspector's measures", em -> Wiring.oversight(em).counties().size());
    }

    public static void main(String[] args) throws Exception {
        PerfDatabase db = new PerfDatabase(args.length > 0 ? args[0] : PerfDatabase.DEFAULT_NAME);
        TenantId county = new TenantId(args.length > 1 ? args[1] : "514101");
        String city = args.length > 2 ? args[2] : "514100";
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        Set<TenantId> province = tenants(db, "%");
        Set<TenantId> cityScope = tenants(db, city.substring(0, 4) + "%");
        Map<String, Tenancy> scopes = new LinkedHashMap<>();
        scopes.put("province (" + province.size() + " tenants)", Tenancy.reading(province));
        scopes.put("city " + city + " (" + cityScope.size() + " tenants)", Tenancy.reading(cityScope));
        scopes.put("county " + county.code(), Tenancy.writing(county));
        try (PerfDatabase.Sessions sessions = PerfDatabase.sessions(db.app(), 50)) {
            System.out.println("| scope | part | result | median | p95 |");
            System.out.println("|---|---|---|---|---|");
            for (Map.Entry<String, Tenancy> scope : scopes.entrySet()) {
                IntSupplier whole = () -> TenancyHolder.callAs(
                        scope.getValue(),
                        () -> inOneTransaction(sessions, em -> {
                            int read = 0;
                            for (ToIntFunction<EntityManager> part : PARTS.values()) {
                                read += part.applyAsInt(em);
                            }
                            return read;
                        }));
                print(scope.getKey(), "whole dashboard", CadreListBenchmark.Timing.of(whole, warmUp, runs));
                for (Map.Entry<String, ToIntFunction<EntityManager>> part : PARTS.entrySet()) {
                    IntSupplier one = () ->
                            TenancyHolder.callAs(scope.getValue(), () -> inOneTransaction(sessions, part.getValue()));
                    print(scope.getKey(), part.getKey(), CadreListBenchmark.Timing.of(one, warmUp, runs));
                }
            }
        }
    }

    private static void print(String scope, String part, CadreListBenchmark.Timing timing) {
        System.out.printf(
                "| %s | %s | %,d | %.1f | %.1f |%n", scope, part, timing.rows(), timing.median(), timing.p95());
    }

    private static int inOneTransaction(PerfDatabase.Sessions sessions, ToIntFunction<EntityManager> work) {
        EntityManager em = sessions.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            int result = work.applyAsInt(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    private static Set<TenantId> tenants(PerfDatabase db, String pattern) throws SQLException {
        Set<TenantId> all = new HashSet<>();
        try (Connection connection = db.app().getConnection();
                var statement = connection.prepareStatement("select code from tenant where code like ?")) {
            statement.setString(1, pattern);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    all.add(new TenantId(row.getString(1)));
                }
            }
        }
        return all;
    }
}
