package cn.zugong.plugin.training.ui;

import static cn.zugong.plugin.training.testing.Fixtures.COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.TODAY;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.training.imports.ImportColumns;
import cn.zugong.plugin.training.imports.ImportField;
import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.PagesUi;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ImportViewTest {

    private static final String ZHANG_ID = "510115199001011234";

    private final InMemoryPluginContext platform = TrainingContext.create(COUNTY, TODAY);
    private final List<Runnable> putOff = new ArrayList<>();

    @BeforeEach
    void open() {
        platform.cadre(Fixtures.cadre("Zhang San", "TOWNSHIP_DEPUTY"), ZHANG_ID);
        PagesUi.open(platform);
    }

    @AfterEach
    void close() {
        PagesUi.close();
        platform.close();
    }

    private ImportView page() {
        ImportView view = new ImportView();
        view.nextRoundTrip = putOff::add;
        UI.getCurrent().add(view);
        return view;
    }

    /** A sheet as the test platform reads it: a row a line, cells separated by tabs. */
    private static byte[] sheet(String... rows) {
        ImportColumns columns = ImportColumns.parse(Map.of());
        String header = String.join(
                "\t",
                columns.of(ImportField.NAME).getFirst(),
                columns.of(ImportField.IDENTITY).getFirst(),
                columns.of(ImportField.COURSE).getFirst(),
                columns.of(ImportField.HOURS).getFirst(),
                columns.of(ImportField.DATE).getFirst());
        return (header + "\n" + String.join("\n", rows)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Uploads {@code bytes} as the browser does: the handler gets the file, then the component's
     * start and success events arrive, and with no file still uploading the upload is all finished.
     */
    private static void upload(byte[] bytes) {
        Upload upload = _get(Upload.class, spec -> spec.withId("training-import-upload"));
        Element element = upload.getElement();
        ElementUtilsKt._fireDomEvent(element, new DomEvent(element, "upload-start", JacksonUtils.createObjectNode()));
        UploadKt._upload(upload, "export.xlsx", bytes);
        ObjectNode noneUploading = JacksonUtils.createObjectNode();
        noneUploading.put("element.files.some(file => file.uploading)", false);
        ElementUtilsKt._fireDomEvent(element, new DomEvent(element, "upload-success", noneUploading));
    }

    private void runPutOff() {
        while (!putOff.isEmpty()) {
            putOff.removeFirst().run();
        }
    }

    @Test
    void aFileWithABadRowShowsEveryProblemWithItsRowAndColumnAndSavesNothing() {
        // DOMAIN T4-T6 imports, all or nothing; the bar shows while checking.
        page();
        upload(sheet(
                "Zhang San\t" + ZHANG_ID + "\tHistory\t1.5\t2025-06-01",
                "Li Si\t510115000000000000\tTheory\tabc\t2025-06-02"));

        assertThat(_get(ProgressBar.class, spec -> spec.withId("training-import-progress"))
                        .isVisible())
                .isTrue();
        runPutOff();

        assertThat(_find(ProgressBar.class, spec -> spec.withId("training-import-progress")))
                .isEmpty();
        Grid<?> problems = _get(Grid.class, spec -> spec.withId("training-import-problems"));
        assertThat(GridKt._size(problems)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(problems, 0)).startsWith("3", "身份证号");
        assertThat(GridKt._getFormattedRow(problems, 1)).startsWith("3", "学时");
        assertThat(platform.database().count("training_record")).isZero();
    }

    @Test
    void aValidFileIsSavedAndListedAmongTheLatestImports() {
        // DOMAIN T4, T5: every row saved together under one import.
        page();
        upload(sheet("Zhang San\t" + ZHANG_ID + "\tHistory\t1.5\t2025-06-01"));
        runPutOff();

        assertThat(_get(Span.class, spec -> spec.withId("training-import-result"))
                        .getText())
                .contains("1");
        assertThat(platform.database().count("training_record")).isEqualTo(1);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("training-import-batches"))))
                .isEqualTo(1);
    }

    @Test
    void aSupervisorCannotImport() {
        // The page only changes data: a read-only supervisor gets no upload.
        platform.actAs(TestTenancy.reading(Set.of(COUNTY)));
        page();
        assertThat(_find(Upload.class, spec -> spec.withId("training-import-upload")))
                .isEmpty();
    }
}
