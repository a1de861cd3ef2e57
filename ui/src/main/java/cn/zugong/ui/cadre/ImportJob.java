package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.infrastructure.excel.CadreImport;
import cn.zugong.core.cadre.infrastructure.excel.ImportProgress;
import cn.zugong.core.cadre.infrastructure.excel.ImportReport;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.security.RequestOrigin;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs an import off the request thread, on the server's managed executor. The tenancy, user and
 * request origin live in thread locals that the web filter sets per request, so they are captured on the request
 * side and set on the worker for the job's duration. Progress reaches the page through {@link
 * UI#access}, at most every {@value #MIN_GAP_MILLIS} ms; the page polls while a job runs (the
 * portal has no server push: see the ui README). The uploaded file is deleted at the end.
 */
final class ImportJob {

    private static final Logger LOG = Logger.getLogger(ImportJob.class.getName());
    private static final long MIN_GAP_MILLIS = 250;

    /** What the page does with the job's news; always called under the UI's lock. */
    interface Listener {
        void progress(ImportProgress.Phase phase, long done, long total);

        void finished(ImportReport report);

        void failed(RuntimeException error);
    }

    private ImportJob() {}

    static void start(CadreImport importer, UI ui, Path file, Tenancy tenancy, CurrentUser user, Listener listener) {
        RequestOrigin origin = RequestOrigin.current().orElse(null);
        executor()
                .execute(() -> TenancyHolder.runAs(tenancy, () -> {
                    CurrentUserHolder.set(user);
                    RequestOrigin.set(origin);
                    try {
                        ImportReport report = importer.run(file, throttled(ui, listener));
                        ui.access(() -> listener.finished(report));
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Cadre import failed", e);
                        ui.access(() -> listener.failed(e));
                    } finally {
                        CurrentUserHolder.clear();
                        RequestOrigin.clear();
                        delete(file);
                    }
                }));
    }

    private static ImportProgress throttled(UI ui, Listener listener) {
        long[] last = {0};
        return (phase, done, total) -> {
            long now = System.currentTimeMillis();
            if (now - last[0] >= MIN_GAP_MILLIS || done == total) {
                last[0] = now;
                ui.access(() -> listener.progress(phase, done, total));
            }
        };
    }

    /** The server's default managed executor; a plain thread outside a server. */
    private static Executor executor() {
        try {
            return (Executor) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException | RuntimeException outsideServer) {
            return work -> Thread.ofPlatform().name("cadre-import").start(work);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the uploaded file " + file, e);
        }
    }
}
