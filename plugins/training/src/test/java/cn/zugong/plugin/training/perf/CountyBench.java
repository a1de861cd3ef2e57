package cn.zugong.plugin.training.perf;

import static cn.zugong.plugin.training.testing.Fixtures.COUNTY;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.extension.YearCompletion;
import cn.zugong.plugin.training.imports.ImportColumns;
import cn.zugong.plugin.training.imports.ImportField;
import cn.zugong.plugin.training.imports.ImportResult;
import cn.zugong.plugin.training.service.ImportService;
import cn.zugong.plugin.training.service.ReminderService;
import cn.zugong.plugin.training.service.StandingService;
import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.plugin.training.ui.TrainingViews;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A county of the size the architecture plans for (3,000 cadres in office, two thirds at township
 * level), each with {@code records} online-academy records imported: how long the import of the
 * whole export takes (checked row by row, saved in one transaction), the shortfall page's standings,
 * the completion indicator, and the daily reminders run (follow-ups, pace, notices). Run by hand on
 * the plugin's test platform (in-memory H2, the registry in memory), never by the build:
 *
 * <pre>
 * ./mvnw -o -q -pl plugins/training test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
 * cd plugins/training
 * java -cp target/classes:target/test-classes:$(cat target/bench.classpath) \
 *     cn.zugong.plugin.training.perf.CountyBench 3000 4
 * </pre>
 */
public final class CountyBench {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    private CountyBench() {}

    public static void main(String[] args) {
        int cadres = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (InMemoryPluginContext platform = TrainingContext.create(COUNTY, TODAY)) {
            List<List<String>> rows = new ArrayList<>();
            ImportColumns columns = ImportColumns.parse(Map.of());
            rows.add(Arrays.stream(new ImportField[] {
                        ImportField.NAME, ImportField.IDENTITY, ImportField.COURSE, ImportField.HOURS, ImportField.DATE
                    })
                    .map(f -> columns.of(f).getFirst())
                    .toList());
            for (int i = 0; i < cadres; i++) {
                String id = String.format("510115%08d%04d", 19700101 + (i % 28), i);
                String level = i % 3 == 0 ? "COUNTY_DEPUTY" : "TOWNSHIP_DEPUTY";
                CadreRef cadre = platform.cadre(Fixtures.cadre("Cadre " + i, level), id);
                for (int r = 0; r < records; r++) {
                    rows.add(List.of(
                            cadre.name(),
                            id,
                            "Course " + r,
                            Integer.toString(1 + (i + r) % 8),
                            "2026-0" + (1 + r % 9) + "-15"));
                }
            }
            ImportService imports = new ImportService(platform);
            time("import of " + (rows.size() - 1) + " rows (once, cold)", 0, () -> {
                ImportResult result = imports.importRows(COUNTY, "bench.xlsx", rows);
                if (!(result instanceof ImportResult.Accepted)) {
                    throw new IllegalStateException("refused: "
                            + ((ImportResult.Rejected) result).problems().size() + " problems");
                }
                return result;
            });
            StandingService standings = new StandingService(platform);
            time("standings of the county (shortfall page)", 5, () -> standings.standings(COUNTY, TODAY));
            time("cadres falling behind", 5, () -> standings.lagging(COUNTY, TODAY));
            YearCompletion indicator = new YearCompletion(platform);
            time("completion indicator", 5, () -> indicator.measure(COUNTY));
            ReminderService reminders = new ReminderService(platform, TrainingViews.MANAGE);
            time("daily reminders run", 5, () -> reminders.run(COUNTY));
        }
    }

    /** Runs {@code work} once to warm up and then {@code runs} times; with 0 runs, times the one run. */
    private static void time(String what, int runs, Supplier<?> work) {
        if (runs == 0) {
            long start = System.nanoTime();
            work.get();
            System.out.printf("%-45s %6d ms%n", what, (System.nanoTime() - start) / 1_000_000);
            return;
        }
        work.get();
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%-45s median %6d ms (of %d runs, max %d)%n", what, millis[runs / 2], runs, millis[runs - 1]);
    }
}
