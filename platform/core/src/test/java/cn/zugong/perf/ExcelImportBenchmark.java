package cn.zugong.perf;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.infrastructure.excel.CadreColumn;
import cn.zugong.core.cadre.infrastructure.excel.CadreImport;
import cn.zugong.core.cadre.infrastructure.excel.ExcelLimits;
import cn.zugong.core.cadre.infrastructure.excel.ImportProgress;
import cn.zugong.core.cadre.infrastructure.excel.ImportReport;
import cn.zugong.core.cadre.infrastructure.excel.TenantFacts;
import cn.zugong.core.cadre.infrastructure.excel.WorkbookCheck;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The first pass of the Excel import (read and check every row) over a generated workbook of
 * {@code rows} valid cadres (argument, default 100,000); with a database name as second argument, also
 * the whole import with its save pass into a county of that database (see {@link #save}). A main class, not a test: Surefire does
 * not run it. Prints the file size, the time, rows per second and the peak heap in use, sampled
 * every 5 ms. See {@code deployment/perf/README.md} for the command and the figures.
 */
public final class ExcelImportBenchmark {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static String unit = "unit-0";

    private static final String COUNTY = "514101";

    private ExcelImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        PerfDatabase db = args.length > 1 ? new PerfDatabase(args[1]) : null;
        if (db != null) {
            unit = firstUnit(db);
        }
        Path file = Files.createTempFile("zugong-bench", ".xlsx");
        try {
            long start = System.nanoTime();
            generate(file, rows);
            System.out.printf("generated %,d rows, %,d bytes in %.1f s%n", rows, Files.size(file), seconds(start));
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong();
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            TenantFacts facts = new TenantFacts(Map.of(unit, List.of(UUID.randomUUID())), Set.of());
            start = System.nanoTime();
            WorkbookCheck.Result result = WorkbookCheck.run(file, facts, ExcelLimits.fromSystem(), ImportProgress.NONE);
            double took = seconds(start);
            sampler.interrupt();
            System.out.printf(
                    "checked %,d rows, %,d problems in %.2f s: %,.0f rows/s; heap in use at start %,d MB, peak %,d MB (max heap %,d MB)%n",
                    result.rows(),
                    result.problemCount(),
                    took,
                    result.rows() / took,
                    baseline >> 20,
                    peak.get() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            if (db != null) {
                save(db, file, rows);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The whole import as the portal runs it ({@link CadreImport#run}: the check pass, then the save
     * pass in one transaction with JDBC batches) into county {@value #COUNTY} of the province
     * database, through the application role under row-level security. The save transaction is
     * flushed and then rolled back instead of committed, so the database stays as generated.
     */
    private static void save(PerfDatabase db, Path file, int rows) throws Exception {
        CurrentUserHolder.set(new CurrentUser("perf-officer", "perf", Set.of(CurrentUser.OFFICER), Set.of()));
        try (PerfDatabase.Sessions sessions = PerfDatabase.sessions(db.app(), 50)) {
            TenancyHolder.runAs(Tenancy.writing(new TenantId(COUNTY)), () -> {
                EntityManager em = sessions.factory().createEntityManager();
                try {
                    long start = System.nanoTime();
                    AtomicLong saveStart = new AtomicLong();
                    ImportProgress progress = (phase, done, total) -> {
                        if (phase == ImportProgress.Phase.SAVE) {
                            saveStart.compareAndSet(0, System.nanoTime());
                        }
                    };
                    ImportReport report = Wiring.cadreImport(em, false).run(file, progress);
                    double whole = seconds(start);
                    double save = seconds(saveStart.get());
                    System.out.printf(
                            "whole import (check, then save flushed and rolled back) into %s: %,d rows, %,d problems"
                                    + " in %.2f s; save pass from its first 100 rows %.2f s: %,.0f rows/s%n",
                            COUNTY, report.imported(), report.problemCount(), whole, save, rows / save);
                    report.problems().stream().limit(3).forEach(System.out::println);
                } finally {
                    em.close();
                }
            });
        }
    }

    private static String firstUnit(PerfDatabase db) throws SQLException {
        try (Connection connection = db.owner().getConnection()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("select zugong_enter('', '" + COUNTY + "')");
            try (ResultSet row =
                    connection.createStatement().executeQuery("select name from org_unit order by name limit 1")) {
                row.next();
                return row.getString(1);
            } finally {
                connection.rollback();
            }
        }
    }

    private static void generate(Path file, int rows) throws Exception {
        List<CadreColumn> columns = List.of(CadreColumn.values());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("cadres");
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).title());
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                for (int i = 0; i < columns.size(); i++) {
                    String value = value(columns.get(i), r);
                    if (value != null) {
                        row.createCell(i).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        }
    }

    /** Synthetic values: sequence numbers in names and ids keep every row unique and valid. */
    private static String value(CadreColumn column, int r) {
        String birth = String.format("19%02d%02d%02d", 60 + r % 35, 1 + r % 12, 1 + r % 28);
        return switch (column) {
            case NAME -> "cadre" + r;
            case GENDER -> column.choices().get(0);
            case BIRTH_DATE -> birth.substring(0, 6);
            case ETHNICITY, NATIVE_PLACE, BIRTH_PLACE, CURRENT_POST, PROFESSIONAL_TITLE -> "text" + r % 97;
            case ID_NUMBER ->
                id(String.format("%06d", 110000 + r / 999) + birth + String.format("%03d", 2 * (r % 499) + 1));
            case WORK_STARTED, PARTY_JOINED -> "2005" + String.format("%02d", 1 + r % 12);
            case UNIT -> unit;
            case GROWTH_PLACE,
                    FULL_TIME_DEGREE,
                    FULL_TIME_SCHOOL,
                    IN_SERVICE_LEVEL,
                    IN_SERVICE_DEGREE,
                    IN_SERVICE_SCHOOL -> null;
            default -> column.choices().get(r % column.choices().size());
        };
    }

    private static String id(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
