package cn.zugong.plugin.reserve.data;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.reserve.testing.ReserveContext;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void everyTableOfTheMigrationsHasThePrefixAndATenantColumnAndMatchesTheEntities() {
        // Building the entity manager factory validates the mapping against the migrated schema.
        try (InMemoryPluginContext platform =
                ReserveContext.create(CadreFixtures.WENJIANG, LocalDate.of(2026, 12, 7))) {
            List<String[]> tables = platform.database().tablesWithTenantColumn();
            assertThat(tables)
                    .extracting(t -> t[0])
                    .containsExactlyInAnyOrder(
                            "reserve_batch",
                            "reserve_candidate",
                            "reserve_review",
                            "reserve_plan",
                            "reserve_schema_history");
            tables.stream()
                    .filter(t -> !t[0].equals("reserve_schema_history"))
                    .forEach(t -> assertThat(t[1]).as(t[0]).isEqualTo("1"));
        }
    }
}
