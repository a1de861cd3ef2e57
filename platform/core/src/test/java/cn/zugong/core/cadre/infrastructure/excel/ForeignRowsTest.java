package cn.zugong.core.cadre.infrastructure.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.io.CadreListFormat;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin format's rows become the platform's workbook, which the import reads as a clerk's. */
class ForeignRowsTest {

    @TempDir
    Path dir;

    @Test
    void theSdkListsTheWorkbooksColumnKeysInOrder() {
        assertThat(CadreListFormat.COLUMNS)
                .containsExactlyElementsOf(Arrays.stream(CadreColumn.values())
                        .map(CadreColumn::field)
                        .toList());
    }

    @Test
    void rowsByColumnKeyAreReadBackByTheImportsReaderUnknownKeysIgnored() throws Exception {
        Path workbook = dir.resolve("foreign.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            ForeignRows.write(
                    List.of(
                            Map.of("name", "李四", "gender", "男", "birthDate", "1979-02-03", "status", "在职", "x", "y"),
                            Map.of("name", " 张三 ", "idNumber", "51010119850708002X")),
                    out);
        }
        List<SheetRow> rows = new ArrayList<>();

        int count = new CadreExcelReader(ExcelLimits.fromSystem()).read(workbook, rows::add);

        assertThat(count).isEqualTo(2);
        assertThat(rows.getFirst().number()).isEqualTo(2);
        assertThat(rows.getFirst().text(CadreColumn.NAME)).isEqualTo("李四");
        assertThat(rows.getFirst().text(CadreColumn.GENDER)).isEqualTo("男");
        assertThat(rows.getFirst().text(CadreColumn.BIRTH_DATE)).isEqualTo("1979-02-03");
        assertThat(rows.get(1).text(CadreColumn.NAME)).isEqualTo("张三");
        assertThat(rows.get(1).text(CadreColumn.ID_NUMBER)).isEqualTo("51010119850708002X");
    }
}
