package cn.zugong.ui.dashboard;

import com.vaadin.flow.component.Svg;

/**
 * A chart's PNG download and print, done by the page's own script: the chart is already SVG in the
 * page, so the browser draws it on a canvas (twice the size, on white) and saves the canvas as a
 * PNG, or prints it alone in a window of its own. No SVG rasteriser (Batik or the like) is on the
 * server's class path, and drawing the charts a second time with Java2D would be a second renderer
 * to keep equal to the first; the browser's own renderer draws exactly what the user sees.
 */
final class ChartExport {

    private static final String PNG =
            """
            const svg = this.querySelector('svg');
            const w = svg.width.baseVal.value, h = svg.height.baseVal.value;
            const image = new Image();
            image.onload = () => {
              const canvas = document.createElement('canvas');
              canvas.width = 2 * w;
              canvas.height = 2 * h;
              const g = canvas.getContext('2d');
              g.fillStyle = '#fff';
              g.fillRect(0, 0, canvas.width, canvas.height);
              g.scale(2, 2);
              g.drawImage(image, 0, 0, w, h);
              const a = document.createElement('a');
              a.download = $0;
              a.href = canvas.toDataURL('image/png');
              document.body.appendChild(a);
              a.click();
              a.remove();
            };
            image.src = 'data:image/svg+xml;charset=utf-8,'
                + encodeURIComponent(new XMLSerializer().serializeToString(svg));
            """;

    private static final String PRINT =
            """
            const page = window.open('', '_blank');
            page.document.write('<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>'
                + this.querySelector('svg').outerHTML + '</body></html>');
            page.document.close();
            page.focus();
            page.print();
            page.close();
            """;

    private ChartExport() {}

    /** Saves the chart as a PNG file of this name, drawn by the browser. */
    static void png(Svg chart, String fileName) {
        chart.getElement().executeJs(PNG, fileName);
    }

    /** Prints the chart alone. */
    static void print(Svg chart) {
        chart.getElement().executeJs(PRINT);
    }
}
