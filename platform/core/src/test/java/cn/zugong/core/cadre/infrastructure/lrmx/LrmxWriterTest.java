package cn.zugong.core.cadre.infrastructure.lrmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Education;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Relative;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LrmxWriterTest {

    private final LrmxReader reader = new LrmxReader();
    private final LrmxWriter writer = new LrmxWriter();

    private static void assertSameForm(AppointmentForm actual, AppointmentForm expected) {
        // Field by field: the record's equals compares the photo arrays by identity.
        assertThat(actual).usingRecursiveComparison().ignoringFields("photo").isEqualTo(expected);
        assertThat(actual.photo()).isEqualTo(expected.photo());
    }

    @Test
    void readingWhatWasWrittenGivesTheSameFormWithItsUnknownElements() {
        AppointmentForm original = reader.read("li-mingyuan.lrmx", Samples.lrmx());

        AppointmentForm again = reader.read("again.lrmx", writer.write(original));

        assertSameForm(again, original);
        assertThat(again.unknownElements()).hasSize(3);
        assertThat(again.family()).hasSize(3);
    }

    @Test
    void writingTwiceGivesTheSameBytes() {
        AppointmentForm form = reader.read("li-mingyuan.lrmx", Samples.lrmx());
        byte[] first = writer.write(form);

        assertThat(writer.write(reader.read("again.lrmx", first))).isEqualTo(first);
    }

    @Test
    void theFileIsUtf8WithTheFormSoftwaresDeclarationRootAndOrder() {
        String xml = new String(writer.write(reader.read("a.lrmx", Samples.lrmx())), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Person>\n  <XingMing>李明远</XingMing>");
        assertThat(xml)
                .containsSubsequence(
                        "<RenMianLiYou>",
                        "<JiaTingChengYuan>",
                        "<Item>",
                        "<ChengWei>妻子</ChengWei>",
                        "<ChengBaoDanWei>",
                        "<ShenFenZheng>",
                        "<ZhaoPian>iVBORw0KGgo",
                        "<Version>3.2.1.16</Version>",
                        "<NianLing>39</NianLing>",
                        "</Person>");
    }

    @Test
    void markupCharactersAndCarriageReturnsSurviveTheRoundTrip() {
        AppointmentForm form = form("A&B <C> \"D\"", "2001.09--2005.07  学习\r\n2005.07--  工作");

        AppointmentForm again = reader.read("x.lrmx", writer.write(form));

        assertSameForm(again, form);
    }

    @Test
    void controlCharactersXmlCannotCarryAreLeftOut() {
        AppointmentForm again = reader.read("x.lrmx", writer.write(form("张\u0001三", "")));

        assertThat(again.name()).isEqualTo("张三");
    }

    @Test
    void anUnknownElementThatIsNotWellFormedIsNotWritten() {
        AppointmentForm bad = withUnknown(form("张三", ""), "<Open>");

        assertThatThrownBy(() -> writer.write(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    private static AppointmentForm withUnknown(AppointmentForm f, String fragment) {
        return new AppointmentForm(
                f.name(),
                f.gender(),
                f.birth(),
                f.ethnicity(),
                f.nativePlace(),
                f.birthPlace(),
                f.partyJoined(),
                f.workStarted(),
                f.health(),
                f.professionalTitle(),
                f.expertise(),
                f.fullTime(),
                f.inService(),
                f.currentPost(),
                f.proposedPost(),
                f.proposedRemoval(),
                f.resume(),
                f.rewardsAndPunishments(),
                f.assessments(),
                f.appointmentReason(),
                f.family(),
                f.reportingUnit(),
                f.ageReference(),
                f.filledAt(),
                f.filledBy(),
                f.idNumber(),
                f.photo(),
                f.version(),
                List.of(fragment));
    }

    private static AppointmentForm form(String name, String resume) {
        return new AppointmentForm(
                name,
                "女",
                "199001",
                "汉族",
                "四川郫县",
                "四川郫县",
                "群众",
                "201207",
                "健康",
                "",
                "",
                new Education("大学", "文学学士", "蜀川师范学院中文系", "蜀川师范学院中文系"),
                Education.NONE,
                "成都市郫都区文化馆副馆长",
                "",
                "",
                resume,
                "无",
                "",
                "",
                List.of(new Relative("母亲", "赵秀英", "196502", "群众", "退休")),
                "中共成都市郫都区委组织部",
                "202411",
                "",
                "",
                "",
                Samples.PNG,
                "",
                List.of());
    }
}
