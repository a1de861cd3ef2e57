package cn.zugong.plugin.reserve.structure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The structure table's chart (item 4), drawn on the server as SVG like the dashboard's: one
 * horizontal bar per dimension, its share of the base in per cent (the count against the 职数 for
 * the count), with a tick at the target; a bar that misses its target is red. Labels arrive
 * translated; the figures are the table's beside it.
 */
public final class ShareChart {

    /**
     * One bar.
     *
     * @param label the dimension's name
     * @param percent the actual share, empty when the base is zero
     * @param target the target share in per cent, when there is one
     * @param warns whether the row warns
     */
    public record Bar(String label, Optional<Double> percent, Optional<Double> target, boolean warns) {}

    private static final int ROW = 26;
    private static final int LABEL = 170;
    private static final int WIDTH = 560;
    private static final int PLOT = WIDTH - LABEL - 70;

    private ShareChart() {}

    public static String svg(String title, List<Bar> bars) {
        double max = Math.max(
                100,
                bars.stream()
                        .mapToDouble(b ->
                                Math.max(b.percent().orElse(0.0), b.target().orElse(0.0)))
                        .max()
                        .orElse(100));
        int height = ROW * (bars.size() + 1);
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\"><title>%s</title>",
                WIDTH,
                height,
                WIDTH,
                height,
                escape(title)));
        svg.append(text(0, 16, "start", title));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = ROW * (i + 1);
            long length = Math.round(bar.percent().orElse(0.0) * PLOT / max);
            svg.append(text(LABEL - 6, y + 17, "end", bar.label()));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                    LABEL,
                    y + 4,
                    length,
                    ROW - 8,
                    bar.warns() ? "#d9534f" : "#3f7fbf"));
            bar.target().ifPresent(t -> {
                long x = LABEL + Math.round(t * PLOT / max);
                svg.append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\" stroke-width=\"2\"/>",
                        x,
                        y + 1,
                        x,
                        y + ROW - 1));
            });
            svg.append(text(
                    LABEL + length + 4,
                    y + 17,
                    "start",
                    bar.percent()
                            .map(p -> String.format(Locale.ROOT, "%.1f %%", p))
                            .orElse("-")));
        }
        return svg.append("</svg>").toString();
    }

    private static String text(long x, int y, String anchor, String content) {
        return String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>", x, y, anchor, escape(content));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
