package cn.zugong.core.statistics;

import static cn.zugong.core.statistics.StatisticsFixture.PIDU;
import static cn.zugong.core.statistics.StatisticsFixture.WENJIANG;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.tenant.Tenancy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The exported workbook read back with Apache POI: its cells are the figures of the hand-counted
 * fixture county ({@link StatisticsFixture}, Wenjiang 2025) in the page's layout.
 */
class StatisticsWorkbookTest extends OnTheFixture {

    /** The basic table's first row of figures (title, reference date, groups, headers above it). */
    private static final int FIRST_ROW = 4;

    private Workbook exported(YearStatistics year, String scope, CountyStatistics figures) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsWorkbook.write(
                year,
                scope,
                figures,
                code -> "county " + code,
                (key, args) -> args.length == 0 ? key : key + " " + Arrays.toString(args),
                out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private YearStatistics year2025(Tenancy tenancy) {
        readAs(tenancy);
        return StatisticsFixture.service(em).year(2025);
    }

    private static long number(Sheet sheet, int row, int column) {
        return (long) sheet.getRow(row).getCell(column).getNumericCellValue();
    }

    @Test
    void theBasicTableHoldsTheCountysHandCountedFigures() throws Exception {
        YearStatistics year = year2025(Tenancy.writing(new TenantId(WENJIANG)));
        CountyStatistics figures = year.county(WENJIANG).orElseThrow().figures();

        try (Workbook book = exported(year, "Wenjiang", figures)) {
            Sheet basic = book.getSheetAt(0);
            int total = FIRST_ROW + StatRow.values().length;
            int column = 1 + StatColumn.TOTAL.ordinal();
            assertThat(basic.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("statistics.table.basic [2025, Wenjiang]");
            assertThat(basic.getRow(1).getCell(0).getStringCellValue()).contains("2025-12-31");
            // counted by hand: A, B, C, F in post and in office on 2025-12-31
            assertThat(number(basic, total, column)).isEqualTo(4);
            assertThat(number(basic, FIRST_ROW + StatRow.COUNTY_PRINCIPAL.ordinal(), column))
                    .isEqualTo(1);
            assertThat(number(
                            basic,
                            FIRST_ROW + StatRow.COUNTY_PRINCIPAL.ordinal(),
                            1 + StatColumn.HIGH_SCHOOL_OR_BELOW.ordinal()))
                    .isEqualTo(1);
            assertThat(number(basic, FIRST_ROW + StatRow.COUNTY_DEPUTY.ordinal(), 1 + StatColumn.FEMALE.ordinal()))
                    .isEqualTo(1);
            assertThat(number(basic, FIRST_ROW + StatRow.TOWNSHIP_DEPUTY.ordinal(), 1 + StatColumn.MINORITY.ordinal()))
                    .isEqualTo(1);
            assertThat(number(basic, FIRST_ROW + StatRow.OTHER.ordinal(), 1 + StatColumn.AGE_46_TO_50.ordinal()))
                    .isEqualTo(1);
            assertThat(number(basic, total, 1 + StatColumn.CPC.ordinal())).isEqualTo(2);
            assertThat(number(basic, total, 1 + StatColumn.NON_CPC.ordinal())).isEqualTo(2);
            // and every cell is the figure the page shows
            for (StatRow row : StatRow.values()) {
                assertThat(basic.getRow(FIRST_ROW + row.ordinal()).getCell(0).getStringCellValue())
                        .isEqualTo("statistics.row." + row.name());
                for (StatColumn c : StatColumn.values()) {
                    assertThat(number(basic, FIRST_ROW + row.ordinal(), 1 + c.ordinal()))
                            .as("%s %s", row, c)
                            .isEqualTo(figures.basic(row, c));
                }
            }
            for (StatColumn c : StatColumn.values()) {
                assertThat(number(basic, total, 1 + c.ordinal()))
                        .as("total %s", c)
                        .isEqualTo(figures.total(c));
            }
            assertThat(basic.getMergedRegions())
                    .extracting(r -> r.formatAsString())
                    .contains("A3:A4", "E3:F3", "G3:K3", "L3:R3");
        }
    }

    @Test
    void theChangesAndTheCountiesAreThoseOfTheYear() throws Exception {
        YearStatistics year = year2025(Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU))));
        CountyStatistics wenjiang = year.county(WENJIANG).orElseThrow().figures();

        try (Workbook book = exported(year, "Wenjiang", wenjiang)) {
            Sheet changes = book.getSheetAt(1);
            Row values = changes.getRow(3);
            // counted by hand: B appointed; D and G left their posts; D retired; F and G transferred out
            assertThat(number(changes, 3, StatChange.APPOINTED.ordinal())).isEqualTo(1);
            assertThat(number(changes, 3, StatChange.REMOVED.ordinal())).isEqualTo(2);
            assertThat(number(changes, 3, StatChange.RETIRED.ordinal())).isEqualTo(1);
            assertThat(number(changes, 3, StatChange.TRANSFERRED_OUT.ordinal())).isEqualTo(2);
            assertThat(number(changes, 3, StatChange.DECEASED.ordinal())).isZero();
            assertThat(values.getLastCellNum()).isEqualTo((short) StatChange.values().length);
            Sheet counties = book.getSheetAt(2);
            assertThat(counties.getRow(3).getCell(0).getStringCellValue()).isEqualTo(WENJIANG);
            assertThat(counties.getRow(3).getCell(1).getStringCellValue()).isEqualTo("county " + WENJIANG);
            assertThat(number(counties, 3, 2)).isEqualTo(4);
            assertThat(counties.getRow(4).getCell(0).getStringCellValue()).isEqualTo(PIDU);
            assertThat(number(counties, 4, 2)).isEqualTo(1);
            assertThat(counties.getLastRowNum()).isEqualTo(4);
            assertThat(Arrays.stream(new int[] {0, 1, 2})
                            .mapToObj(i -> book.getSheetName(i))
                            .collect(Collectors.toList()))
                    .containsExactly("statistics.sheet.basic", "statistics.sheet.changes", "statistics.sheet.counties");
        }
    }
}
