package cn.zugong.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;

/**
 * A dashboard chart ({@link SvgCharts}) with its table beside it and its actions below: download
 * as .svg ({@code <id>-download}), save as PNG ({@code <id>-png}, {@link ChartExport}) and print
 * ({@code <id>-print}).
 */
class ChartBlock extends VerticalLayout {

    ChartBlock(String id, String svg, Component table) {
        Svg picture = new Svg(svg);
        picture.setId(id);
        Anchor download = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(id + ".svg");
                    event.setContentType("image/svg+xml");
                    event.getOutputStream().write(svg.getBytes(StandardCharsets.UTF_8));
                },
                getTranslation("dashboard.chart.download"));
        download.setId(id + "-download");
        Button png = new Button(getTranslation("dashboard.chart.png"), click -> ChartExport.png(picture, id + ".png"));
        png.setId(id + "-png");
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button print = new Button(getTranslation("dashboard.chart.print"), click -> ChartExport.print(picture));
        print.setId(id + "-print");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout row = new FlexLayout(picture, table);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        HorizontalLayout actions = new HorizontalLayout(download, png, print);
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(row, actions);
        setPadding(false);
        setWidth(null);
    }
}
