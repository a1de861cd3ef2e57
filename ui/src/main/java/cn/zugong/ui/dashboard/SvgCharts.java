package cn.zugong.ui.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG: horizontal bars and an age pyramid. SVG needs no script, no
 * licence and no npm, prints as the page prints and downloads as a file; the numbers are the
 * figures the tables beside the charts show. Texts arrive translated; this class only draws.
 */
final class SvgCharts {

    /** One bar: its label and value. */
    record Bar(String label, long value) {}

    /** One row of a pyramid: its label, the left (men) and right (women) values. */
    record Tier(String label, long left, long right) {}

    private static final int ROW = 26;
    private static final int LABEL = 150;
    private static final int WIDTH = 560;
    private static final String LEFT_COLOUR = "#3f7fbf";
    private static final String RIGHT_COLOUR = "#d9534f";

    private SvgCharts() {}

    /** Horizontal bars, one per row, scaled to the largest value. */
    static String bars(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int plot = WIDTH - LABEL - 60;
        StringBuilder svg = open(title, bars.size());
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = ROW * (i + 1);
            long length = bar.value() * plot / max;
            svg.append(text(LABEL - 6, y + 17, "end", bar.label()));
            svg.append(rect(LABEL, y + 4, length, LEFT_COLOUR));
            svg.append(text(LABEL + length + 4, y + 17, "start", String.valueOf(bar.value())));
        }
        return svg.append("</svg>").toString();
    }

    /** A pyramid: the youngest tier at the bottom, men to the left and women to the right of the axis. */
    static String pyramid(String title, String leftTitle, String rightTitle, List<Tier> tiers) {
        long max = Math.max(
                1,
                tiers.stream()
                        .mapToLong(t -> Math.max(t.left(), t.right()))
                        .max()
                        .orElse(1));
        int axis = (WIDTH + LABEL) / 2;
        int half = (WIDTH - LABEL) / 2 - 40;
        StringBuilder svg = open(title, tiers.size() + 1);
        svg.append(text(axis - 6, ROW - 4, "end", leftTitle)).append(text(axis + 6, ROW - 4, "start", rightTitle));
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(tiers.size() - 1 - i);
            int y = ROW * (i + 1);
            long left = tier.left() * half / max;
            long right = tier.right() * half / max;
            svg.append(text(LABEL - 6, y + 17, "end", tier.label()));
            svg.append(rect(axis - left, y + 4, left, LEFT_COLOUR));
            svg.append(rect(axis, y + 4, right, RIGHT_COLOUR));
            svg.append(text(axis - left - 4, y + 17, "end", String.valueOf(tier.left())));
            svg.append(text(axis + right + 4, y + 17, "start", String.valueOf(tier.right())));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int rows) {
        int height = ROW * (rows + 1);
        return new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"13\"><title>")
                .append(escape(title))
                .append("</title>")
                .append(text(0, 16, "start", title).replace("<text ", "<text font-weight=\"bold\" "));
    }

    private static String rect(long x, int y, long width, String colour) {
        return String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                x,
                y,
                width,
                ROW - 8,
                colour);
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
