package cn.zugong.ui.cadre;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.cadre.infrastructure.excel.CadreImport;
import cn.zugong.core.cadre.infrastructure.excel.CadreTemplate;
import cn.zugong.core.cadre.infrastructure.excel.ExcelFileException;
import cn.zugong.core.cadre.infrastructure.excel.ExcelLimits;
import cn.zugong.core.cadre.infrastructure.excel.ImportProgress;
import cn.zugong.core.cadre.infrastructure.excel.ImportReport;
import cn.zugong.core.plugin.formats.PluginFormat;
import cn.zugong.core.plugin.formats.PluginFormats;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.ui.layout.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Import of cadres from Excel ({@code cadres/import}): the template to download, the upload
 * (.xlsx, at most {@code zugong.excel.maxUploadMegabytes}, default 50 MB), a progress bar while
 * the file is checked and saved in the background, then the result. Writers only; others see why.
 */
@Route(value = "cadres/import", layout = MainLayout.class)
public class CadreImportView extends VerticalLayout implements HasDynamicTitle, ImportJob.Listener {

    private final Tenancy tenancy = TenancyHolder.current();
    private final CurrentUser user = CurrentUserHolder.current().orElse(null);
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final ImportResult result = new ImportResult();
    private final Upload upload = Widgets.upload();
    private final Select<Optional<PluginFormat>> format = new Select<>();
    private final CadreImport importer;
    private final PluginFormats formats;

    @Inject
    CadreImportView(CadreImport importer, PluginFormats formats) {
        this.importer = importer;
        this.formats = formats;
        add(new H2(getTranslation("excel.import.title")));
        if (!CountyAccess.canWrite()) {
            Paragraph readonly = new Paragraph(getTranslation("error.access.readonly"));
            readonly.setId("excel-readonly");
            add(readonly);
            return;
        }
        Anchor template = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(getTranslation("excel.template.file") + ".xlsx");
                    event.setContentType(ImportResult.XLSX);
                    new CadreTemplate(ExcelLimits.fromSystem()).write(event.getOutputStream());
                },
                getTranslation("excel.template"));
        template.setId("excel-template");
        int megabytes = Integer.getInteger("zugong.excel.maxUploadMegabytes", 50);
        upload.setId("excel-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(megabytes * 1024 * 1024);
        upload.setAcceptedFileTypes(".xlsx", ImportResult.XLSX);
        List<PluginFormat> readable = formats.readable();
        format.setId("excel-format");
        format.setLabel(getTranslation("excel.import.format"));
        List<Optional<PluginFormat>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        readable.forEach(f -> choices.add(Optional.of(f)));
        format.setItems(choices);
        format.setItemLabelGenerator(f -> f.map(p -> getTranslation(p.format().nameKey()) + " (."
                        + p.format().extension() + ")")
                .orElse(getTranslation("excel.import.format.workbook")));
        format.setValue(Optional.empty());
        format.setVisible(!readable.isEmpty());
        format.addValueChangeListener(change -> upload.setAcceptedFileTypes(change.getValue()
                .map(f -> new String[] {"." + f.format().extension()})
                .orElse(new String[] {".xlsx", ImportResult.XLSX})));
        upload.setDropLabel(new Span(getTranslation("excel.import.drop")));
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> started(file.toPath())));
        upload.addFileRejectedListener(
                rejected -> result.showError(getTranslation("excel.import.tooLarge", megabytes)));
        bar.setId("excel-progress");
        bar.setVisible(false);
        status.setId("excel-status");
        add(new Paragraph(getTranslation("excel.import.hint")), template, format, upload, bar, status, result);
    }

    /** The upload is complete: move it out of Vaadin's hands and start the job. */
    private void started(Path uploaded) throws java.io.IOException {
        UI ui = getUI().orElseThrow();
        Optional<PluginFormat> foreign = format.getValue() == null ? Optional.empty() : format.getValue();
        Path file;
        if (foreign.isPresent()) {
            try (InputStream in = Files.newInputStream(uploaded)) {
                file = formats.asWorkbook(foreign.get(), in);
            } catch (ExcelFileException unreadable) {
                ui.access(() -> failed(unreadable));
                return;
            } finally {
                Files.deleteIfExists(uploaded);
            }
        } else {
            file = Files.createTempFile("zugong-import", ".xlsx");
            Files.move(uploaded, file, StandardCopyOption.REPLACE_EXISTING);
        }
        ui.access(() -> {
            ui.setPollInterval(500);
            upload.setVisible(false);
            result.clear();
            bar.setIndeterminate(true);
            bar.setVisible(true);
        });
        ImportJob.start(importer, ui, file, tenancy, user, this);
    }

    @Override
    public void progress(ImportProgress.Phase phase, long done, long total) {
        boolean known = total > 0 && phase == ImportProgress.Phase.SAVE;
        bar.setIndeterminate(!known);
        if (known) {
            bar.setValue((double) done / total);
        }
        status.setText(
                known
                        ? getTranslation("excel.import.saving", done, total)
                        : getTranslation("excel.import.checking", done));
    }

    @Override
    public void finished(ImportReport report) {
        end();
        result.show(report);
    }

    @Override
    public void failed(RuntimeException error) {
        end();
        result.showError(
                switch (error) {
                    case ExcelFileException refused ->
                        getTranslation(refused.messageKey(), refused.args().toArray());
                    case AccessDeniedException denied -> getTranslation(denied.getMessage());
                    default -> getTranslation("excel.import.failed");
                });
    }

    private void end() {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        bar.setVisible(false);
        status.setText("");
        upload.clearFileList();
        upload.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("excel.import.title") + " | " + getTranslation("app.name");
    }
}
