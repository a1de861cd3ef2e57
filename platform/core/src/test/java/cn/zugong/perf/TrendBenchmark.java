package cn.zugong.perf;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.HeldFigure;
import cn.zugong.core.statistics.CountyStatistics;
import cn.zugong.core.statistics.FigureCadres;
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
 * The dashboard's trend by year (issue 22): what {@code StatisticsService.trend(5)} runs, the basic
 * table's grouped statement at the reference dates of five years, for every tenant of the province
 * database as a supervisor reads them and for one county; then the drill-down's lookup of the
 * cadres behind one county's figure ({@code FigureCadres.ids}: cadres in post on the last date),
 * as the cadre list runs it before its page. One transaction per run, application role, row-level
 * security.
 *
 * <p>Arguments: database (default {@code zugong_perf}), last year (default 2025), county (default
 * 514101), warm-up runs (default 1), measured runs (default 3).
 */
public final class TrendBenchmark {

    private static final int YEARS = 5;

    private TrendBenchmark() {}

    public static void main(String[] args) throws Exception {
        PerfDatabase db = new PerfDatabase(args.length > 0 ? args[0] : PerfDatabase.DEFAULT_NAME);
        int last = args.length > 1 ? Integer.parseInt(args[1]) : 2025;
        String county = args.length > 2 ? args[2] : "514101";
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        List<String> province = tenants(db);
        Tenancy supervisor =
                Tenancy.reading(province.stream().map(TenantId::new).collect(Collectors.toSet()));
        try (PerfDatabase.Sessions sessions = PerfDatabase.sessions(db.app(), 50)) {
            long[] counted = new long[1];
            CadreListBenchmark.Timing whole = CadreListBenchmark.Timing.of(
                    () -> TenancyHolder.callAs(supervisor, () -> trend(sessions, province, last, counted)),
                    warmUp,
                    runs);
            long provinceCadres = counted[0];
            CadreListBenchmark.Timing one = CadreListBenchmark.Timing.of(
                    () -> TenancyHolder.callAs(
                            Tenancy.writing(new TenantId(county)),
                            () -> trend(sessions, List.of(county), last, counted)),
                    warmUp,
                    runs);
            long countyCadres = counted[0];
            CadreListBenchmark.Timing drill = CadreListBenchmark.Timing.of(
                    () -> TenancyHolder.callAs(supervisor, () -> ids(sessions, county, last)), warmUp, runs);
            System.out.printf(
                    "trend of %d years to %d%n"
                            + "province, %d tenants: %,d cadres in post in the last year, median %.0f ms, p95 %.0f ms%n"
                            + "county %s: %,d cadres, median %.0f ms, p95 %.0f ms%n"
                            + "cadres behind county %s's figure (supervisor): %d, median %.1f ms, p95 %.1f ms%n",
                    YEARS,
                    last,
                    whole.rows(),
                    provinceCadres,
                    whole.median(),
                    whole.p95(),
                    county,
                    countyCadres,
                    one.median(),
                    one.p95(),
                    county,
                    drill.rows(),
                    drill.median(),
                    drill.p95());
        }
    }

    /** The five years; answers the tenants with figures in the last, keeps its cadres counted. */
    private static int trend(PerfDatabase.Sessions sessions, List<String> readable, int last, long[] counted) {
        EntityManager em = sessions.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            Map<String, CountyStatistics> figures = Map.of();
            for (int year = last - YEARS + 1; year <= last; year++) {
                figures = PerfStatistics.basic(em, readable, LocalDate.of(year, 12, 31));
            }
            em.getTransaction().commit();
            counted[0] = figures.values().stream()
                    .mapToLong(f -> f.total(StatColumn.TOTAL))
                    .sum();
            return figures.size();
        } finally {
            em.close();
        }
    }

    private static int ids(PerfDatabase.Sessions sessions, String county, int last) {
        EntityManager em = sessions.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            int found = FigureCadres.ids(em, List.of(county), LocalDate.of(last, 12, 31), HeldFigure.IN_POST)
                    .size();
            em.getTransaction().commit();
            return found;
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
