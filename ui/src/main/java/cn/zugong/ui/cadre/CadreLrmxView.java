package cn.zugong.ui.cadre;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.cadre.infrastructure.interchange.ImportOutcome;
import cn.zugong.core.cadre.infrastructure.interchange.LrmxImport;
import cn.zugong.core.cadre.infrastructure.lrmx.InterchangeProblem;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.ui.layout.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Import of approval forms ({@code cadres/lrmx}): one .lrmx file or a zip of .lrmx files and
 * .lrm/.pic pairs. The result is either how many files were created and updated, or every problem
 * with its file, item and reason, and then nothing was written. Writers only.
 */
@Route(value = "cadres/lrmx", layout = MainLayout.class)
public class CadreLrmxView extends VerticalLayout implements HasDynamicTitle {

    private final Paragraph summary = new Paragraph();
    private final Grid<InterchangeProblem> problems = new Grid<>();

    @Inject
    CadreLrmxView(LrmxImport importer) {
        add(
                new H2(getTranslation("lrmx.import.title")),
                new RouterLink(getTranslation("cadre.back"), CadresView.class));
        if (!CountyAccess.canWrite()) {
            Paragraph readonly = new Paragraph(getTranslation("error.access.readonly"));
            readonly.setId("lrmx-readonly");
            add(readonly);
            return;
        }
        UI ui = UI.getCurrent();
        Upload upload = Widgets.upload();
        upload.setId("lrmx-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Integer.getInteger("zugong.lrmx.maxUploadMegabytes", 256) * 1024 * 1024);
        upload.setAcceptedFileTypes(".lrmx", ".zip");
        upload.setDropLabel(new Span(getTranslation("lrmx.import.drop")));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            ImportOutcome outcome = run(importer, metadata.fileName(), bytes);
            ui.access(() -> {
                show(outcome);
                upload.clearFileList();
            });
        }));
        upload.addFileRejectedListener(rejected -> summary.setText(getTranslation("lrmx.import.rejected")));
        upload.addFailedListener(failed -> summary.setText(getTranslation("lrmx.import.rejected")));
        summary.setId("lrmx-summary");
        problems.setId("lrmx-problems");
        problems.setVisible(false);
        problems.addColumn(InterchangeProblem::file)
                .setHeader(getTranslation("lrmx.problem.file"))
                .setAutoWidth(true);
        problems.addColumn(p -> FieldLabels.of(this, p.field()))
                .setHeader(getTranslation("lrmx.problem.field"))
                .setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.args().toArray()))
                .setHeader(getTranslation("lrmx.problem.reason"))
                .setFlexGrow(3);
        problems.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("lrmx.import.hint")), upload, summary, problems);
    }

    private ImportOutcome run(LrmxImport importer, String fileName, byte[] bytes) {
        try {
            return importer.importFile(fileName, bytes);
        } catch (AccessDeniedException denied) {
            return new ImportOutcome(
                    List.of(new InterchangeProblem(fileName, "", denied.getMessage(), List.of())), List.of(), 0, 0);
        }
    }

    private void show(ImportOutcome outcome) {
        if (outcome.refused()) {
            summary.setText(
                    getTranslation("lrmx.import.refused", outcome.problems().size()));
            problems.setItems(outcome.problems());
        } else {
            summary.setText(getTranslation(
                    "lrmx.import.done",
                    outcome.created(),
                    outcome.updated(),
                    outcome.skipped().size()));
            problems.setItems(outcome.skipped());
        }
        problems.setVisible(outcome.refused() || !outcome.skipped().isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lrmx.import.title") + " | " + getTranslation("app.name");
    }
}
