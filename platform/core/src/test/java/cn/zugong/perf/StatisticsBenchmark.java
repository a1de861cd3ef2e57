package cn.zugong.perf;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.statistics.CountyStatistics;
import cn.zugong.core.statistics.PerfStatistics;
import cn.zugong.core.statistics.StatColumn;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The annual statistics of the whole province (issue 22 item 6: at most 5 s): the portal's two
 * grouped statements ({@code StatisticsQueries}, native SQL through Hibernate) for every tenant
 * of the province database, as the application role under row-level security reading them all as
 * a supervisor does, in one transaction per run. Also one county, for comparison.
 *
 * <p>Arguments: database (default {@code zugong_perf}), report year (default 2025: reference date
 * 12-31), county (default 514101), warm-up runs (default 1), measured runs (default 5).
 */
public final class StatisticsBenchmark {

    private StatisticsBenchmark() {}

    public static void main(String[] args) throws Exception {
        PerfDatabase db = new PerfDatabase(args.length > 0 ? args[0] : PerfDatabase.DEFAULT_NAME);
        int year = args.length > 1 ? Integer.parseInt(args[1]) : 2025;
        String county = args.length > 2 ? args[2] : "514101";
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        LocalDate at = LocalDate.of(year, 12, 31);
        List<String> province = tenants(db);
        try (PerfDatabase.Sessions sessions = PerfDatabase.sessions(db.app(), 50)) {
            long[] counted = new long[1];
            CadreListBenchmark.Timing whole = CadreListBenchmark.Timing.of(
                    () -> TenancyHolder.callAs(
                            Tenancy.reading(province.stream().map(TenantId::new).collect(Collectors.toSet())),
                            () -> run(sessions, province, at, counted)),
                    warmUp,
                    runs);
            long provinceCadres = counted[0];
            CadreListBenchmark.Timing one = CadreListBenchmark.Timing.of(
                    () -> TenancyHolder.callAs(
                            Tenancy.writing(new TenantId(county)), () -> run(sessions, List.of(county), at, counted)),
                    warmUp,
                    runs);
            System.out.printf(
                    "statistics %d (reference date %s)%n"
                            + "province, %d tenants: %,d cadres counted, median %.0f ms, p95 %.0f ms%n"
                            + "county %s: %,d cadres counted, median %.0f ms, p95 %.0f ms%n",
                    year,
                    at,
                    whole.rows(),
                    provinceCadres,
                    whole.median(),
                    whole.p95(),
                    county,
                    counted[0],
                    one.median(),
                    one.p95());
        }
    }

    /** One computation; answers the number of counties with figures, keeps the cadres counted. */
    private static int run(PerfDatabase.Sessions sessions, List<String> readable, LocalDate at, long[] counted) {
        EntityManager em = sessions.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            Map<String, CountyStatistics> figures = PerfStatistics.compute(em, readable, at);
            em.getTransaction().commit();
            counted[0] = figures.values().stream()
                    .mapToLong(f -> f.total(StatColumn.TOTAL))
                    .sum();
            return figures.size();
        } finally {
            em.close();
        }
    }

    private static List<String> tenants(PerfDatabase db) throws SQLException {
        List<String> all = new ArrayList<>();
        try (Connection connection = db.app().getConnection();
                ResultSet row = connection.createStatement().executeQuery("select code from tenant order by code")) {
            while (row.next()) {
                all.add(row.getString(1));
            }
        }
        return all;
    }
}
