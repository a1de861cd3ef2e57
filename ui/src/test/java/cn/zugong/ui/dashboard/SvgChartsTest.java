package cn.zugong.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The server-drawn charts: bars scale to the largest value, the pyramid puts the youngest at the bottom. */
class SvgChartsTest {

    @Test
    void theLargestBarTakesTheWholePlotAndTheOthersTheirShare() {
        String svg = SvgCharts.bars("在职干部", List.of(new SvgCharts.Bar("温江区", 350), new SvgCharts.Bar("郫都区", 175)));

        assertThat(svg).startsWith("<svg ").endsWith("</svg>").contains("<title>在职干部</title>");
        assertThat(svg).contains("width=\"350\" height", "width=\"175\" height");
        assertThat(svg).contains(">温江区</text>", ">350</text>", ">175</text>");
    }

    @Test
    void thePyramidDrawsTheOldestTierOnTopAndEachSideToScale() {
        String svg = SvgCharts.pyramid(
                "年龄", "男", "女", List.of(new SvgCharts.Tier("35岁以下", 10, 5), new SvgCharts.Tier("55岁及以上", 4, 1)));

        assertThat(svg.indexOf("55岁及以上")).isLessThan(svg.indexOf("35岁以下"));
        assertThat(svg).contains("width=\"165\" height", "width=\"82\" height");
    }

    @Test
    void labelsAreEscaped() {
        assertThat(SvgCharts.bars("a<b & \"c\"", List.of())).contains("<title>a&lt;b &amp; &quot;c&quot;</title>");
    }
}
