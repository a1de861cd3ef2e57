package cn.zugong.plugin.supervision.data;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.supervision.testing.SupervisionContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void everyTableHasThePrefixAndATenantColumnAndMatchesTheEntities() {
        // Building the entity manager factory validates the mapping against the migrated schema.
        try (InMemoryPluginContext platform = SupervisionContext.create()) {
            List<String[]> tables = platform.database().tablesWithTenantColumn();
            assertThat(tables)
                    .extracting(t -> t[0])
                    .containsExactlyInAnyOrder(
                            "supervision_report",
                            "supervision_report_subject",
                            "supervision_matters",
                            "supervision_draw",
                            "supervision_integrity",
                            "supervision_trial",
                            "supervision_measure",
                            "supervision_econ_audit",
                            "supervision_public_report",
                            "supervision_report_file",
                            "supervision_schema_history");
            tables.stream()
                    .filter(t -> !t[0].equals("supervision_schema_history"))
                    .forEach(t -> assertThat(t[1]).as(t[0]).isEqualTo("1"));
        }
    }
}
