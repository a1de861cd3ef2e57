package cn.zugong.core.cadre.infrastructure.excel;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.NamePinyin;
import cn.zugong.core.ops.OpsMetrics;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.tenant.CountyAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.hibernate.Session;

/**
 * Imports a cadre workbook into the caller's tenant, all or nothing. The first pass reads and
 * checks every row and keeps only the problems; with any problem nothing is written and the
 * report lists them. Otherwise a second pass reads the file again and inserts every row in one
 * transaction (JDBC batches, the persistence context flushed and cleared every {@value #CHUNK}
 * rows, so memory does not grow with the file). Needs the writer role: a supervisor or viewer is
 * refused before the file is opened. Runs on any thread that carries the tenancy and user.
 */
@ApplicationScoped
public class CadreImport {

    static final int CHUNK = 500;
    static final int PROGRESS_STEP = 100;

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    UserTransaction transaction;

    /** Checks the file and, when every row is good, saves all rows; progress goes to the listener. */
    public ImportReport run(Path file, ImportProgress progress) {
        if (!CountyAccess.canWrite()) {
            throw new AccessDeniedException("error.access.readonly");
        }
        ExcelLimits limits = ExcelLimits.fromSystem();
        TenantFacts facts = inTransaction(() -> TenantFacts.load(em));
        WorkbookCheck.Result check = WorkbookCheck.run(file, facts, limits, progress);
        if (check.problemCount() > 0) {
            OpsMetrics.imported("xlsx", false, 0);
            return ImportReport.refused(check.problems(), check.problemCount());
        }
        int rows = check.rows();
        CadreExcelReader reader = new CadreExcelReader(limits);
        inTransaction(() -> save(reader, file, facts, rows, progress));
        OpsMetrics.imported("xlsx", true, rows);
        return ImportReport.saved(rows);
    }

    private int save(CadreExcelReader reader, Path file, TenantFacts facts, int rows, ImportProgress progress) {
        em.unwrap(Session.class).setJdbcBatchSize(CHUNK);
        RowChecker checker = new RowChecker(facts, LocalDate.now());
        int[] saved = {0};
        reader.read(file, row -> {
            RowChecker.Checked checked = checker.check(row);
            if (!checked.problems().isEmpty()) {
                throw new IllegalStateException("The file changed between the check and the save");
            }
            Cadre cadre = checked.cadre();
            cadre.setPinyin(NamePinyin.of(cadre.getName()));
            em.persist(cadre);
            if (++saved[0] % CHUNK == 0) {
                em.flush();
                em.clear();
            }
            if (saved[0] % PROGRESS_STEP == 0) {
                progress.update(ImportProgress.Phase.SAVE, saved[0], rows);
            }
        });
        em.flush();
        progress.update(ImportProgress.Phase.SAVE, saved[0], rows);
        return saved[0];
    }

    /** A transaction of its own, with a timeout long enough for a large file (system property). */
    private <T> T inTransaction(Callable<T> work) {
        try {
            transaction.setTransactionTimeout(Integer.getInteger("zugong.excel.transactionSeconds", 1800));
            transaction.begin();
            T result = work.call();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException("Cadre import failed", e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Rollback of the cadre import failed", e);
        }
    }
}
