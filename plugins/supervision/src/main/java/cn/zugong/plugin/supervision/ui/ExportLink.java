package cn.zugong.plugin.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Supplier;

/**
 * An Excel export in two steps: the button reads the data through the service (which checks the
 * permission and records the export, in the user's own request) and writes the workbook; the link
 * then downloads those bytes. Nothing is read when the page merely opens.
 */
final class ExportLink extends HorizontalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Anchor download = new Anchor();

    /**
     * @param feedback shows a refusal (a missing year)
     * @param id the button's id; the link's is {@code id + "-download"}
     * @param fileName the name of the downloaded file, without extension
     * @param workbook writes the workbook (and records the read)
     */
    ExportLink(Feedback feedback, String id, String label, String fileName, Supplier<byte[]> workbook) {
        Button prepare = new Button(label, e -> {
            byte[][] written = new byte[1][];
            if (!feedback.run(() -> written[0] = workbook.get())) {
                return;
            }
            byte[] bytes = written[0];
            download.setHref((DownloadHandler) event -> {
                event.setFileName(fileName + ".xlsx");
                event.setContentType(XLSX);
                event.getOutputStream().write(bytes);
            });
            download.setText(getTranslation("supervision.export.download", fileName + ".xlsx"));
            download.setVisible(true);
        });
        prepare.setId(id);
        download.setId(id + "-download");
        download.setVisible(false);
        setAlignItems(Alignment.BASELINE);
        add(prepare, download);
    }
}
