package cn.zugong.plugin.training.data;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void everyTableOfTheMigrationsHasThePrefixAndATenantColumnAndMatchesTheEntities() {
        // The platform's PluginEntities contract: tables prefixed training_, each with tenant_id.
        // Building the entity manager factory validates the mapping against the migrated schema.
        try (InMemoryPluginContext platform = TrainingContext.create(Fixtures.COUNTY, Fixtures.TODAY)) {
            List<String[]> tables = platform.database().tablesWithTenantColumn();
            assertThat(tables)
                    .extracting(t -> t[0])
                    .containsExactlyInAnyOrder(
                            "training_course",
                            "training_enrollment",
                            "training_import",
                            "training_record",
                            "training_follow_up",
                            "training_schema_history");
            tables.stream()
                    .filter(t -> !t[0].equals("training_schema_history"))
                    .forEach(t -> assertThat(t[1]).as(t[0]).isEqualTo("1"));
        }
    }
}
