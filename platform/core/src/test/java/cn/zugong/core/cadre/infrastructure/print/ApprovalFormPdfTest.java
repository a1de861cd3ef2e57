package cn.zugong.core.cadre.infrastructure.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Education;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class ApprovalFormPdfTest {

    private static final ApprovalFormPdf PDF = new ApprovalFormPdf();

    private static RenderedPdf render(AppointmentForm form) {
        return RenderedPdf.read(PDF.render(form));
    }

    @Test
    void aTypicalFormPrintsOnExactlyOneA4Page() {
        RenderedPdf pdf = render(SampleForms.typical());

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.firstPageSize().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
        assertThat(pdf.firstPageSize().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
        assertThat(pdf.compactText()).doesNotContain("未完");
    }

    @Test
    void theFormCarriesItsChineseLabelsAndTheCadresValues() {
        String text = render(SampleForms.typical()).compactText();

        assertThat(text)
                .contains("干部任免审批表", "姓名", "张建华", "出生年月", "民族", "汉族", "籍贯", "入党时间", "参加工作时间")
                .contains("健康状况", "专业技术职务", "熟悉专业有何专长", "学历学位", "全日制教育", "在职教育", "毕业院校系及专业")
                .contains("现任职务", "拟任职务", "拟免职务", "简", "奖惩情况", "年度考核结果", "任免理由")
                .contains("家庭主要成员及重要社会关系", "称谓", "年龄", "政治面貌", "工作单位及职务")
                .contains("呈报单位", "审批机关意见", "行政机关任免意见", "计算年龄时间：2024.06", "填表时间：2024.07", "填表人：王某某")
                .contains("四川省某某县人民政府副县长", "中共四川省某某县委", "2023年年度考核优秀");
    }

    @Test
    void aDegreeFromTheSchoolOfTheEducationDoesNotPrintTheSchoolTwice() {
        String text = render(SampleForms.withFullTime(new Education("大学", "法学学士", "四川大学法学专业", "四川大学")))
                .compactText();

        assertThat(text).contains("四川大学法学专业");
        assertThat(text.split("四川大学", -1)).hasSize(2);
    }

    @Test
    void aDegreeFromAnotherSchoolPrintsBothSchools() {
        String text = render(SampleForms.withFullTime(new Education("大学", "法学学士", "四川大学法学专业", "西南政法大学")))
                .compactText();

        assertThat(text).contains("四川大学法学专业", "西南政法大学");
    }

    @Test
    void datesPrintAsYearDotMonthAndTheBirthShowsTheAgeAtTheReferenceDate() {
        String text = render(SampleForms.typical()).compactText();

        // Born 1975.03, ages computed at 2024.06: 49.
        assertThat(text).contains("1975.03(49岁)", "入党时间1998.06", "参加工作时间1997.07");
    }

    @Test
    void familyRowsShowAgesAtTheReferenceDateAndNoneForADeceasedRelative() {
        String text = render(SampleForms.typical()).compactText();

        assertThat(text)
                .contains("妻子李秀兰47中共党员四川省某某县第一中学教师")
                // Born 2003.09: not yet 21 in 2024.06.
                .contains("儿子张子涵20共青团员")
                .contains("父亲张德厚中共党员已去世")
                .contains("妹妹张晓梅44群众");
    }

    @Test
    void everyFontIsEmbeddedAsASubsetOfTheBundledNotoSansSc() {
        List<PDFont> fonts = render(SampleForms.typical()).fonts();

        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)");
        });
    }

    @Test
    void thePhotoIsPrintedAtItsOwnAspect() {
        RenderedPdf pdf = render(SampleForms.typical());

        assertThat(pdf.firstPageImages()).singleElement().satisfies(image -> {
            assertThat(image.getWidth()).isEqualTo(376);
            assertThat(image.getHeight()).isEqualTo(460);
        });
    }

    @Test
    void aFormWithoutPhotoPrintsAnEmptyPhotoCell() {
        RenderedPdf pdf = render(SampleForms.withoutPhoto());

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.firstPageImages()).isEmpty();
        assertThat(pdf.compactText()).contains("张建华");
    }

    @Test
    void aPhotoThatIsNoImagePrintsANoteInsteadOfFailing() {
        RenderedPdf pdf = render(SampleForms.withPhoto(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.firstPageImages()).isEmpty();
        assertThat(pdf.compactText()).contains("照片无法识别");
    }

    @Test
    void aResumeLongerThanTheFormShrinksAndStillFitsOnOnePage() {
        RenderedPdf pdf = render(SampleForms.withResume(SampleForms.resume(24)));

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.compactText()).contains(RenderedPdf.compact(SampleForms.LAST_RESUME_LINE));
    }

    @Test
    void aVeryLongResumeGoesOnAContinuationPageWithoutLosingItsLastLine() {
        RenderedPdf pdf = render(SampleForms.withResume(SampleForms.resume(120)));

        assertThat(pdf.pages()).isGreaterThan(1);
        assertThat(pdf.compactText(1)).contains("未完，接续页");
        assertThat(pdf.compactText(2)).contains("干部任免审批表（续页）", "张建华", "简历（续）");
        assertThat(pdf.compactText()).contains(RenderedPdf.compact(SampleForms.LAST_RESUME_LINE));
        assertThat(pdf.compactText()).contains("2115.07四川省某某县某某乡党委委员");
    }

    @Test
    void relativesBeyondTheTableGoOnAContinuationPage() {
        RenderedPdf pdf = render(SampleForms.withFamily(SampleForms.manyRelatives(20)));

        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.compactText(1)).contains("亲属1", "未完，接续页");
        assertThat(pdf.compactText(2)).contains("家庭主要成员及重要社会关系（续）", "亲属2044群众某某单位职工20");
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAVisibleSquareNotAsNothing() {
        AppointmentForm form = SampleForms.typical();
        AppointmentForm withEmoji = new AppointmentForm(
                "张\uD83D\uDE00华",
                form.gender(),
                form.birth(),
                form.ethnicity(),
                form.nativePlace(),
                form.birthPlace(),
                form.partyJoined(),
                form.workStarted(),
                form.health(),
                form.professionalTitle(),
                form.expertise(),
                form.fullTime(),
                form.inService(),
                form.currentPost(),
                form.proposedPost(),
                form.proposedRemoval(),
                form.resume(),
                form.rewardsAndPunishments(),
                form.assessments(),
                form.appointmentReason(),
                form.family(),
                form.reportingUnit(),
                form.ageReference(),
                form.filledAt(),
                form.filledBy(),
                form.idNumber(),
                form.photo(),
                form.version(),
                form.unknownElements());

        assertThat(render(withEmoji).compactText()).contains("姓名张\u25A1华");
    }

    @Test
    void aFormWithOnlyEmptyFieldsStillPrintsTheBlankForm() {
        AppointmentForm empty = new AppointmentForm(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);

        RenderedPdf pdf = render(empty);

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.compactText()).contains("干部任免审批表", "姓名", "家庭主要成员及重要社会关系");
    }
}
