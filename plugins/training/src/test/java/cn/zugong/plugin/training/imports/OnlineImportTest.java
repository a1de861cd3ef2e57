package cn.zugong.plugin.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.TrainingRules;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.requirement.Cadres;
import cn.zugong.plugin.training.requirement.CreditedRecord;
import cn.zugong.plugin.training.rules.CreditRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnlineImportTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
    private static final String ZHANG_ID = "510115198001010012";
    private static final String LI_ID = "51011519850202002X";
    private static final List<String> HEADER = List.of("姓名", "身份证号", "课程名称", "学时", "完成日期");

    private final CadreRef zhang = Cadres.cadre("张三", "TOWNSHIP_PRINCIPAL");
    private final CadreRef li = Cadres.cadre("李四", "COUNTY_DEPUTY");
    private final Map<String, CadreRef> registry = Map.of(ZHANG_ID, zhang, LI_ID, li);

    private ImportResult validate(List<List<String>> rows, List<CreditedRecord> credited) {
        return new OnlineImport(
                        ImportColumns.parse(Map.of()),
                        CreditRules.national(),
                        id -> Optional.ofNullable(registry.get(id)),
                        credited,
                        TODAY)
                .validate(rows);
    }

    private ImportResult validate(List<List<String>> rows) {
        return validate(rows, List.of());
    }

    private static List<ImportProblem> problems(ImportResult result) {
        assertThat(result).isInstanceOf(ImportResult.Rejected.class);
        return ((ImportResult.Rejected) result).problems();
    }

    @Test
    void aValidFileGivesEveryRowAsAnOnlineRecord() {
        ImportResult result = validate(List.of(
                HEADER,
                List.of("张三", ZHANG_ID, "学习贯彻党的二十届三中全会精神", "2.5", "2025-03-05"),
                List.of("李四", LI_ID.toLowerCase(), "数字政府建设", "0.25", "2025/3/6 14:30")));
        assertThat(result).isInstanceOf(ImportResult.Accepted.class);
        List<ImportedRecord> records = ((ImportResult.Accepted) result).records();
        assertThat(records)
                .extracting(
                        ImportedRecord::row, ImportedRecord::cadre, ImportedRecord::hours, ImportedRecord::completedOn)
                .containsExactly(
                        tuple(2, zhang, new BigDecimal("2.5"), LocalDate.of(2025, 3, 5)),
                        tuple(3, li, new BigDecimal("0.25"), LocalDate.of(2025, 3, 6)));
        CreditedRecord credited = records.get(0).toCredited();
        assertThat(credited.mode()).isEqualTo(CourseMode.ONLINE);
        assertThat(credited.cadreId()).isEqualTo(zhang.id());
    }

    @Test
    void columnsAreFoundByAnyOfTheirNamesInAnyOrder() {
        ImportResult result = validate(List.of(
                List.of("完成时间", "学时数", " 公民身份号码 ", "课程", "*姓名"), List.of("2025-03-05", "1", ZHANG_ID, "廉政教育", "张三")));
        assertThat(result).isInstanceOf(ImportResult.Accepted.class);
    }

    @Test
    void countiesAddTheirPlatformsColumnNames() {
        Map<String, String> names = Map.of(TrainingRules.IMPORT_COLUMNS_PREFIX + "hours", "学时,获得学分");
        assertThat(ImportColumns.parse(names).of(ImportField.HOURS)).containsExactly("学时", "获得学分");
        assertThat(ImportColumns.parse(names).of(ImportField.NAME)).containsExactly("姓名");
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderRow() {
        List<ImportProblem> problems = problems(
                validate(List.of(List.of("姓名", "身份证号", "课程名称", "完成日期"), List.of("张三", ZHANG_ID, "课程", "2025-03-05"))));
        assertThat(problems)
                .extracting(ImportProblem::row, ImportProblem::field, ImportProblem::key)
                .containsExactly(tuple(1, Optional.of(ImportField.HOURS), ImportColumns.COLUMN_MISSING));
        assertThat(problems.get(0).args()).containsExactly("学时 / 获得学时 / 学时数");
    }

    @Test
    void twoColumnsForTheSameFieldAreRefused() {
        List<ImportProblem> problems =
                problems(validate(List.of(List.of("姓名", "身份证号", "身份证号码", "课程名称", "学时", "完成日期"))));
        assertThat(problems)
                .extracting(ImportProblem::row, ImportProblem::key, ImportProblem::args)
                .containsExactly(tuple(1, ImportColumns.COLUMN_TWICE, List.of("身份证号", "身份证号码")));
    }

    @Test
    void aFileWithoutDataRowsIsRefused() {
        assertThat(problems(validate(List.of(HEADER, List.of("", " ")))))
                .extracting(ImportProblem::row, ImportProblem::key)
                .containsExactly(tuple(1, OnlineImport.EMPTY));
        assertThat(problems(validate(List.of()))).extracting(ImportProblem::key).containsExactly(OnlineImport.EMPTY);
    }

    @Test
    void everyProblemOfEveryRowIsReportedWithItsExcelRowAndNothingIsAccepted() {
        List<ImportProblem> problems = problems(validate(List.of(
                HEADER,
                List.of("张三", ZHANG_ID, "合规课程", "2", "2025-03-05"),
                List.of("", "", "课程", "", ""),
                List.of(),
                List.of("王五", "510115199001010099", "课程", "abc", "2025-02-30"),
                List.of("张三", "5101151980", "课程", "-1", "昨天"))));
        assertThat(problems)
                .extracting(ImportProblem::row, p -> p.field().orElseThrow(), ImportProblem::key)
                .containsExactlyInAnyOrder(
                        tuple(3, ImportField.NAME, RowReader.MISSING),
                        tuple(3, ImportField.IDENTITY, RowReader.MISSING),
                        tuple(3, ImportField.HOURS, RowReader.MISSING),
                        tuple(3, ImportField.DATE, RowReader.MISSING),
                        // row 4 is blank and skipped, but keeps its number
                        tuple(5, ImportField.IDENTITY, RowReader.UNKNOWN_CADRE),
                        tuple(5, ImportField.HOURS, RowReader.HOURS_NOT_NUMBER),
                        tuple(5, ImportField.DATE, RowReader.DATE_FORMAT),
                        tuple(6, ImportField.IDENTITY, RowReader.IDENTITY_FORMAT),
                        tuple(6, ImportField.HOURS, RowReader.HOURS_POSITIVE),
                        tuple(6, ImportField.DATE, RowReader.DATE_FORMAT));
        assertThat(problems)
                .filteredOn(p -> p.key().equals(RowReader.UNKNOWN_CADRE))
                .singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("510115199001010099"));
    }

    @Test
    void aNameThatIsNotTheCadresOwnIsRefused() {
        List<ImportProblem> problems =
                problems(validate(List.of(HEADER, List.of("张 四", ZHANG_ID, "课程", "1", "2025-03-05"))));
        assertThat(problems)
                .extracting(ImportProblem::key, ImportProblem::args)
                .containsExactly(tuple(RowReader.NAME_MISMATCH, List.of("张 四", "张三")));
        assertThat(validate(List.of(HEADER, List.of("张 三", ZHANG_ID, "课程", "1", "2025-03-05"))))
                .isInstanceOf(ImportResult.Accepted.class);
    }

    @Test
    void aCourseNameLongerThanARecordKeepsIsRefused() {
        // DOMAIN 1.3: the credited record keeps the course name in 200 characters.
        assertThat(problems(validate(List.of(HEADER, List.of("张三", ZHANG_ID, "课".repeat(201), "1", "2025-03-05")))))
                .extracting(ImportProblem::key, ImportProblem::args)
                .containsExactly(tuple(RowReader.COURSE_TOO_LONG, List.of("200")));
    }

    @Test
    void hoursBeyondWhatADayCanGiveAreImpossible() {
        // Rule hours.day.max [I]: 8 hours a day; a row without days is one day's study.
        assertThat(validate(List.of(HEADER, List.of("张三", ZHANG_ID, "课程", "8", "2025-03-05"))))
                .isInstanceOf(ImportResult.Accepted.class);
        assertThat(problems(validate(List.of(HEADER, List.of("张三", ZHANG_ID, "课程", "8.5", "2025-03-05")))))
                .extracting(ImportProblem::key, ImportProblem::args)
                .containsExactly(tuple(RowReader.HOURS_IMPLAUSIBLE, List.of("8.5", "1", "8")));
    }

    @Test
    void aDaysColumnRaisesTheBound() {
        List<String> header = List.of("姓名", "身份证号", "课程名称", "学时", "完成日期", "天数");
        assertThat(validate(List.of(header, List.of("张三", ZHANG_ID, "课程", "16", "2025-03-05", "2"))))
                .isInstanceOf(ImportResult.Accepted.class);
        assertThat(problems(validate(List.of(header, List.of("张三", ZHANG_ID, "课程", "16", "2025-03-05", "两天")))))
                .extracting(ImportProblem::key)
                .containsExactly(RowReader.DAYS_INVALID);
    }

    @Test
    void hoursOfOnlinePlatformsMayHaveTwoDecimalsButNoMore() {
        // DOMAIN T6: a micro-course gives 0.25 学时.
        assertThat(problems(validate(List.of(HEADER, List.of("张三", ZHANG_ID, "课程", "0.125", "2025-03-05")))))
                .extracting(ImportProblem::key)
                .containsExactly(RowReader.HOURS_SCALE);
        assertThat(problems(validate(List.of(HEADER, List.of("张三", ZHANG_ID, "课程", "0", "2025-03-05")))))
                .extracting(ImportProblem::key)
                .containsExactly(RowReader.HOURS_POSITIVE);
    }

    @Test
    void aCompletionDateAfterTodayIsRefused() {
        assertThat(validate(List.of(HEADER, List.of("张三", ZHANG_ID, "课程", "1", "2025-11-20"))))
                .isInstanceOf(ImportResult.Accepted.class);
        assertThat(problems(validate(List.of(HEADER, List.of("张三", ZHANG_ID, "课程", "1", "2025-11-21")))))
                .extracting(ImportProblem::key, ImportProblem::args)
                .containsExactly(tuple(RowReader.DATE_FUTURE, List.of("2025-11-21")));
    }

    @Test
    void aRowRepeatingAnEarlierRowIsADuplicate() {
        List<ImportProblem> problems = problems(validate(List.of(
                HEADER,
                List.of("张三", ZHANG_ID, "廉政教育", "1", "2025-03-05"),
                List.of("李四", LI_ID, "廉政教育", "1", "2025-03-05"),
                List.of("张三", ZHANG_ID, "廉政 教育", "1.5", "2025/03/05"))));
        assertThat(problems)
                .extracting(ImportProblem::row, ImportProblem::field, ImportProblem::key, ImportProblem::args)
                .containsExactly(tuple(4, Optional.empty(), OnlineImport.DUPLICATE_IN_FILE, List.of("2")));
    }

    @Test
    void aRowAlreadyCreditedIsADuplicate() {
        CreditedRecord earlier =
                new CreditedRecord(zhang.id(), "廉政教育", CourseMode.ONLINE, LocalDate.of(2025, 3, 5), BigDecimal.ONE, 0);
        List<ImportProblem> problems = problems(
                validate(List.of(HEADER, List.of("张三", ZHANG_ID, "廉政教育", "1", "2025-03-05")), List.of(earlier)));
        assertThat(problems)
                .extracting(ImportProblem::row, ImportProblem::key, ImportProblem::args)
                .containsExactly(tuple(2, OnlineImport.DUPLICATE_CREDITED, List.of("廉政教育", "2025-03-05")));
    }

    @Test
    void theSameCourseOnAnotherDayIsNoDuplicate() {
        assertThat(validate(List.of(
                        HEADER,
                        List.of("张三", ZHANG_ID, "廉政教育", "1", "2025-03-05"),
                        List.of("张三", ZHANG_ID, "廉政教育", "1", "2025-03-06"))))
                .isInstanceOf(ImportResult.Accepted.class);
    }

    @Test
    void shortRowsHaveTheirMissingCellsReported() {
        assertThat(problems(validate(List.of(HEADER, List.of("张三", ZHANG_ID, "课程")))))
                .extracting(ImportProblem::row, p -> p.field().orElseThrow())
                .containsExactly(tuple(2, ImportField.HOURS), tuple(2, ImportField.DATE));
    }
}
