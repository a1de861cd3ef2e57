package cn.zugong.plugin.training.service;

import static cn.zugong.plugin.training.testing.Fixtures.COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.data.RecordEntry;
import cn.zugong.plugin.training.data.RecordSource;
import cn.zugong.plugin.training.imports.ImportColumns;
import cn.zugong.plugin.training.imports.ImportField;
import cn.zugong.plugin.training.imports.ImportProblem;
import cn.zugong.plugin.training.imports.ImportResult;
import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImportServiceTest {

    private static final String ZHANG_ID = "510115199001011234";
    private static final String LI_ID = "51011519850203567X";

    private final InMemoryPluginContext platform = TrainingContext.create(COUNTY, TODAY);
    private final ImportService imports = new ImportService(platform);
    private final CadreRef zhang = platform.cadre(Fixtures.cadre("Zhang San", "TOWNSHIP_DEPUTY"), ZHANG_ID);
    private final CadreRef li = platform.cadre(Fixtures.cadre("Li Si", "COUNTY_DEPUTY"), LI_ID);

    @AfterEach
    void close() {
        platform.close();
    }

    /** The header as the national rules name the columns. */
    private static List<String> header() {
        ImportColumns columns = ImportColumns.parse(Map.of());
        return List.of(
                columns.of(ImportField.NAME).getFirst(),
                columns.of(ImportField.IDENTITY).getFirst(),
                columns.of(ImportField.COURSE).getFirst(),
                columns.of(ImportField.HOURS).getFirst(),
                columns.of(ImportField.DATE).getFirst());
    }

    @Test
    void oneBadRowSavesNothingAndEveryProblemIsReportedWithItsRowAndField() {
        // DOMAIN T4-T6 imports, all or nothing: a valid row is not saved when another row is wrong.
        List<List<String>> rows = List.of(
                header(),
                List.of("Zhang San", ZHANG_ID, "Party history", "1.5", "2025-06-01"),
                List.of("Li Si", "510115000000000000", "Theory", "abc", "2025-06-02"),
                List.of("Li Si", LI_ID, "Theory", "2", "2025-07-01"));

        ImportResult result = imports.importRows(COUNTY, "export.xlsx", rows);

        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        List<ImportProblem> problems = ((ImportResult.Rejected) result).problems();
        assertThat(problems)
                .extracting(p -> p.row() + ":" + p.field().map(Enum::name).orElse(""))
                .containsExactlyInAnyOrder("3:IDENTITY", "3:HOURS", "4:DATE");
        assertThat(platform.database().count("training_record")).isZero();
        assertThat(platform.database().count("training_import")).isZero();
        assertThat(platform.audited()).isEmpty();
    }

    @Test
    void validRowsAreSavedTogetherUnderOneBatchAndCannotBeImportedTwice() {
        // DOMAIN T4, T5: online study credited per cadre; a record already credited is a duplicate.
        List<List<String>> rows = List.of(
                header(),
                List.of("Zhang San", ZHANG_ID, "Party history", "1.5", "2025-06-01"),
                List.of("Li Si", LI_ID.toLowerCase(Locale.ROOT), "Theory", "0.25", "2025/6/2"));

        assertThat(imports.importRows(COUNTY, "export.xlsx", rows)).isInstanceOf(ImportResult.Accepted.class);

        assertThat(platform.database().count("training_record")).isEqualTo(2);
        assertThat(imports.recent(COUNTY, 5)).singleElement().satisfies(batch -> {
            assertThat(batch.rows()).isEqualTo(2);
            assertThat(batch.fileName()).isEqualTo("export.xlsx");
        });
        List<RecordEntry> zhangs = new StandingService(platform).records(COUNTY, zhang.id());
        assertThat(zhangs).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(RecordSource.IMPORT);
            assertThat(r.online()).isTrue();
            assertThat(r.importBatchId()).isNotEqualTo(Optional.empty());
            assertThat(r.record().hours()).isEqualByComparingTo("1.5");
        });
        assertThat(new StandingService(platform).records(COUNTY, li.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.record().hours()).isEqualByComparingTo("0.25"));

        ImportResult again = imports.importRows(COUNTY, "export.xlsx", rows);
        assertThat(again).isInstanceOf(ImportResult.Rejected.class);
        assertThat(((ImportResult.Rejected) again).problems())
                .extracting(ImportProblem::row)
                .containsExactly(2, 3);
        assertThat(platform.database().count("training_record")).isEqualTo(2);
    }
}
