package cn.zugong.core.plugin.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order a county's purge empties plugin tables in (reversed) and its export copies them in. */
class PluginTenantTablesTest {

    @Test
    void parentsComeBeforeTheTablesThatReferToThem() {
        List<String> order = PluginTenantTables.parentsFirst(
                List.of("training_record", "training_enrollment", "training_import", "training_course"),
                Map.of(
                        "training_record", Set.of("training_course", "training_enrollment", "training_import"),
                        "training_enrollment", Set.of("training_course")));

        assertThat(order).hasSize(4);
        assertThat(order.indexOf("training_course")).isLessThan(order.indexOf("training_enrollment"));
        assertThat(order.indexOf("training_enrollment")).isLessThan(order.indexOf("training_record"));
        assertThat(order.indexOf("training_import")).isLessThan(order.indexOf("training_record"));
    }

    @Test
    void aCycleStillGivesEveryTableOnce() {
        List<String> order = PluginTenantTables.parentsFirst(
                List.of("x_a", "x_b", "x_c"), Map.of("x_a", Set.of("x_b"), "x_b", Set.of("x_a")));

        assertThat(order).containsExactlyInAnyOrder("x_a", "x_b", "x_c");
    }

    @Test
    void aTableBelongsToThePluginWithTheLongestMatchingPrefix() {
        assertThat(PluginTenantTables.pluginOf("training_course", List.of("rotation", "training")))
                .isEqualTo("training");
        assertThat(PluginTenantTables.pluginOf("cadre", List.of("training"))).isEmpty();
    }
}
