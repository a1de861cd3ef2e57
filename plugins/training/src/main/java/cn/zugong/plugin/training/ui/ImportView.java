package cn.zugong.plugin.training.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.view.Widgets;
import cn.zugong.plugin.training.data.ImportBatchEntry;
import cn.zugong.plugin.training.imports.ImportField;
import cn.zugong.plugin.training.imports.ImportProblem;
import cn.zugong.plugin.training.imports.ImportResult;
import cn.zugong.plugin.training.service.ImportService;
import cn.zugong.plugin.training.service.UnreadableRulesException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code training/import}: an online platform's export (.xlsx) is read by the platform's {@code
 * Spreadsheets}, checked row by row by the domain's import, all or nothing: either a list of every
 * problem with its row and column, nothing saved, or every row saved in one transaction. A progress
 * bar shows while the file is checked and saved. The work runs on the request threads, where the
 * platform's tenancy holds: the bar is sent first, and the work runs on the browser's next
 * round trip.
 */
public class ImportView extends TrainingPage {

    private static final int MAX_MEGABYTES = 10;

    private final ImportService imports = new ImportService(context);
    private final Upload upload = Widgets.upload();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Span result = new Span();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Grid<ImportBatchEntry> batches = new Grid<>();
    private volatile Uploaded pending;
    /** How work is put off to the browser's next round trip; tests without a browser run it at once. */
    Consumer<Runnable> nextRoundTrip = this::afterRoundTrip;

    private record Uploaded(String fileName, byte[] bytes) {}

    public ImportView() {
        super("training-import", "training.import.title");
        if (county.isEmpty() || !writable) {
            return;
        }
        TenantId here = county.get();
        try {
            add(new Paragraph(getTranslation("training.import.hint")), columns(imports.columns(here)));
        } catch (UnreadableRulesException e) {
            showUnreadableRules(e);
            return;
        }
        upload.setId("training-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes(".xlsx", ShortfallView.XLSX);
        upload.setUploadHandler(
                UploadHandler.inMemory((metadata, bytes) -> pending = new Uploaded(metadata.fileName(), bytes)));
        upload.addAllFinishedListener(e -> begin(here));
        upload.addFileRejectedListener(e -> result.setText(getTranslation("training.import.rejected", MAX_MEGABYTES)));
        progress.setId("training-import-progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        status.setId("training-import-status");
        result.setId("training-import-result");
        configureProblems();
        configureBatches();
        add(upload, progress, status, result, problems, new H3(getTranslation("training.import.recent")), batches);
        batches.setItems(imports.recent(here, 20));
    }

    private UnorderedList columns(Map<ImportField, List<String>> names) {
        UnorderedList list = new UnorderedList();
        list.setId("training-import-columns");
        names.forEach((field, aliases) -> list.add(new ListItem(getTranslation(
                field.required() ? "training.import.column.required" : "training.import.column.optional",
                getTranslation(field.messageKey()),
                String.join(" / ", aliases)))));
        return list;
    }

    private void configureProblems() {
        problems.setId("training-import-problems");
        problems.addColumn(ImportProblem::row)
                .setHeader(getTranslation("training.import.problem.row"))
                .setFlexGrow(0)
                .setWidth("6em");
        problems.addColumn(
                        p -> p.field().map(f -> getTranslation(f.messageKey())).orElse(""))
                .setHeader(getTranslation("training.import.problem.field"));
        problems.addColumn(texts::of)
                .setHeader(getTranslation("training.import.problem.reason"))
                .setFlexGrow(4);
        problems.setHeight("24em");
        problems.setVisible(false);
    }

    private void configureBatches() {
        batches.setId("training-import-batches");
        batches.addColumn(b -> b.importedAt()
                        .atZone(ZoneId.systemDefault())
                        .toLocalDateTime()
                        .withNano(0))
                .setHeader(getTranslation("training.import.batch.at"));
        batches.addColumn(ImportBatchEntry::fileName)
                .setHeader(getTranslation("training.import.batch.file"))
                .setFlexGrow(3);
        batches.addColumn(ImportBatchEntry::rows).setHeader(getTranslation("training.import.batch.rows"));
        batches.setAllRowsVisible(true);
    }

    /** The upload is complete: show the bar, then check on the next round trip. */
    private void begin(TenantId here) {
        Uploaded file = pending;
        pending = null;
        upload.clearFileList();
        if (file == null) {
            return;
        }
        working("training.import.checking");
        problems.setVisible(false);
        result.setText("");
        nextRoundTrip.accept(() -> check(here, file));
    }

    private void check(TenantId here, Uploaded file) {
        List<List<String>> rows;
        try {
            rows = context.spreadsheets().read(new ByteArrayInputStream(file.bytes()));
        } catch (IOException e) {
            done();
            result.setText(getTranslation("training.import.unreadable", file.fileName()));
            return;
        }
        ImportResult checked = imports.validate(here, rows);
        switch (checked) {
            case ImportResult.Rejected rejected -> {
                done();
                result.setText(getTranslation(
                        "training.import.refused", rejected.problems().size()));
                problems.setItems(rejected.problems());
                problems.setVisible(true);
            }
            case ImportResult.Accepted accepted -> {
                working("training.import.saving");
                nextRoundTrip.accept(() -> save(here, file, accepted));
            }
        }
    }

    private void save(TenantId here, Uploaded file, ImportResult.Accepted accepted) {
        ImportBatchEntry batch = imports.save(here, file.fileName(), accepted);
        done();
        result.setText(getTranslation("training.import.done", batch.rows()));
        batches.setItems(imports.recent(here, 20));
    }

    private void working(String key) {
        upload.setVisible(false);
        progress.setVisible(true);
        status.setText(getTranslation(key));
    }

    private void done() {
        progress.setVisible(false);
        status.setText("");
        upload.setVisible(true);
    }

    /** Runs {@code work} once the browser has shown what this round trip changed. */
    private void afterRoundTrip(Runnable work) {
        getElement().executeJs("return 0").then(ignored -> work.run(), error -> {
            done();
            result.setText(getTranslation("training.import.failed"));
        });
    }
}
