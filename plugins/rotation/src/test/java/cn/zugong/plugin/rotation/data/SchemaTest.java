package cn.zugong.plugin.rotation.data;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.rotation.testing.Careers;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void everyTableOfTheMigrationsHasThePrefixAndATenantColumnAndMatchesTheEntities() {
        // Building the entity manager factory validates the mapping against the migrated schema.
        try (InMemoryPluginContext platform = RotationContext.create(Careers.COUNTY, LocalDate.of(2026, 12, 7))) {
            List<String[]> tables = platform.database().tablesWithTenantColumn();
            assertThat(tables)
                    .extracting(t -> t[0])
                    .containsExactlyInAnyOrder(
                            "rotation_finding",
                            "rotation_term",
                            "rotation_kin_link",
                            "rotation_growth_place",
                            "rotation_plan",
                            "rotation_plan_post",
                            "rotation_plan_move",
                            "rotation_exchange",
                            "rotation_schema_history");
            tables.stream()
                    .filter(t -> !t[0].equals("rotation_schema_history"))
                    .forEach(t -> assertThat(t[1]).as(t[0]).isEqualTo("1"));
        }
    }
}
