package cn.zugong.plugin.reserve.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The structure chart draws the table's figures: a bar per row, red when it warns, the target ticked. */
class ShareChartTest {

    @Test
    void eachRowIsABarWithItsShareAndTargetAndAWarningIsRed() {
        String svg = ShareChart.svg(
                "结构<情况>",
                List.of(
                        new ShareChart.Bar("女干部", Optional.of(50.0), Optional.of(25.0), false),
                        new ShareChart.Bar("非中共党员", Optional.of(0.0), Optional.of(10.0), true),
                        new ShareChart.Bar("35岁以下", Optional.empty(), Optional.empty(), false)));

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("<title>结构&lt;情况&gt;</title>");
        assertThat(svg).contains(">50.0 %<", ">0.0 %<", ">-<");
        // Scaled to 100 %: the plot is 320 wide from x 170, so 50 % is 160 long and 25 % ticks at 250.
        assertThat(svg).contains("width=\"160\" height=\"18\" fill=\"#3f7fbf\"");
        assertThat(svg).contains("<line x1=\"250\"");
        assertThat(svg).contains("fill=\"#d9534f\"");
        assertThat(svg.split("<line ", -1)).hasSize(3);
    }
}
