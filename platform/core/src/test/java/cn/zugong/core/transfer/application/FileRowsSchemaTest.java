package cn.zugong.core.transfer.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.transfer.infrastructure.FileRows;
import org.junit.jupiter.api.Test;

/** The move copies every part of a file: every table whose rows the schema deletes with the cadre. */
class FileRowsSchemaTest {

    @Test
    void thePartsAreEveryTableThatCascadesFromTheCadre() throws Exception {
        try (TransferFixture f = new TransferFixture(new PluginHost())) {
            assertThat(f.texts("select distinct fk.table_name from information_schema.referential_constraints rc"
                            + " join information_schema.table_constraints fk on fk.constraint_name = rc.constraint_name"
                            + " join information_schema.table_constraints pk"
                            + " on pk.constraint_name = rc.unique_constraint_name"
                            + " where pk.table_name = 'cadre' and rc.delete_rule = 'CASCADE'"))
                    .containsExactlyInAnyOrderElementsOf(FileRows.PARTS);
        }
    }
}
