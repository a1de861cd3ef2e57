package cn.zugong.core.statistics;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The benchmark's way to the package-private statements ({@code cn.zugong.perf.StatisticsBenchmark}). */
public final class PerfStatistics {

    private PerfStatistics() {}

    public static Map<String, CountyStatistics> compute(EntityManager em, List<String> readable, LocalDate at) {
        return StatisticsQueries.compute(em, readable, at);
    }

    /** The basic table only, as a year of the dashboard's trend counts it ({@code TrendBenchmark}). */
    public static Map<String, CountyStatistics> basic(EntityManager em, List<String> readable, LocalDate at) {
        return StatisticsQueries.compute(em, readable, at, false);
    }
}
