package cn.zugong.plugin.example;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.view.PluginView;
import org.junit.jupiter.api.Test;

/** The example's figure drills down to its page, which lists the county's holds. */
class HeldShareTest {

    @Test
    void theFigureOpensTheExamplePage() {
        assertThat(new HeldShare(null).listRoute()).hasValueSatisfying(route -> assertThat(new ExampleViews().views())
                .extracting(PluginView::route)
                .contains(route));
    }
}
