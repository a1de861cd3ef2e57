package cn.zugong.core.cadre.infrastructure.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.application.CadreStream;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.ListedCadre;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The export writes the rows of the filter it is given, with the id column only for sensitive roles. */
class CadreExportTest {

    private final List<CadreFilter> asked = new ArrayList<>();
    private final CadreExport export = new CadreExport();

    CadreExportTest() {
        export.cadres = new CadreStream() {
            @Override
            public void each(CadreFilter filter, Consumer<ListedCadre> sink) {
                asked.add(filter);
                sink.accept(new ListedCadre(cadre("王小明", Gender.MALE, "510115198503120013"), "区委组织部"));
                sink.accept(new ListedCadre(cadre("李红", Gender.FEMALE, "510115199002020028"), null));
            }
        };
    }

    @AfterEach
    void signOut() {
        CurrentUserHolder.clear();
    }

    private static Cadre cadre(String name, Gender gender, String id) {
        Cadre cadre = new Cadre();
        cadre.setName(name);
        cadre.setGender(gender);
        cadre.setBirthDate(LocalDate.of(1985, 3, 1));
        cadre.setEthnicity("汉族");
        cadre.setIdNumber(id);
        cadre.setPoliticalStatus(PoliticalStatus.CPC_MEMBER);
        cadre.setManagementAuthority(ManagementAuthority.COUNTY);
        cadre.setStatus(CadreStatus.ACTIVE);
        return cadre;
    }

    private List<List<String>> exported(String role, CadreFilter filter) throws Exception {
        CurrentUserHolder.set(new CurrentUser("u", "U", Set.of(role), Set.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(filter, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            return IntStream.rangeClosed(0, sheet.getLastRowNum())
                    .mapToObj(sheet::getRow)
                    .map(CadreExportTest::texts)
                    .toList();
        }
    }

    private static List<String> texts(Row row) {
        return IntStream.range(0, row.getLastCellNum())
                .mapToObj(i -> row.getCell(i) == null ? "" : row.getCell(i).getStringCellValue())
                .toList();
    }

    @Test
    void theRowsOfTheFilterAreWrittenAsTheImportReadsThem() throws Exception {
        CadreFilter filter = CadreFilter.NONE.withSearch("wxm");

        List<List<String>> rows = exported(CurrentUser.OFFICER, filter);

        assertThat(asked).containsExactly(filter);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains("姓名", "身份证号", "所在单位");
        assertThat(rows.get(1))
                .startsWith("王小明", "男", "198503", "汉族")
                .contains("510115198503120013", "中共党员", "区委组织部", "县委管理", "在职");
        assertThat(rows.get(2)).startsWith("李红", "女");
    }

    @Test
    void withoutASensitiveRoleTheIdColumnIsLeftOut() throws Exception {
        List<List<String>> rows = exported("viewer", CadreFilter.NONE);

        assertThat(rows.get(0)).doesNotContain("身份证号").hasSize(24);
        assertThat(rows).noneMatch(row -> row.contains("510115198503120013"));
    }
}
