package cn.zugong.core.cadre.infrastructure.lrmx;

import static cn.zugong.core.cadre.infrastructure.lrmx.Samples.problems;
import static cn.zugong.core.cadre.infrastructure.lrmx.Samples.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Relative;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LrmReaderTest {

    private static final Charset GBK = Charset.forName("GBK");
    private final LrmReader reader = new LrmReader();

    private static Path sample(String name) throws URISyntaxException {
        return Path.of(LrmReaderTest.class.getResource("/lrmx/" + name).toURI());
    }

    private static String lrmText() {
        return new String(resource("chen-xiaomei.lrm"), GBK);
    }

    @Test
    void aGbkFileAndItsPicGiveTheFormWithEveryPosition() throws Exception {
        AppointmentForm form = reader.read(sample("chen-xiaomei.lrm"));

        assertThat(form.name()).isEqualTo("陈晓梅");
        assertThat(form.gender()).isEqualTo("女");
        assertThat(form.birth()).isEqualTo("198709");
        assertThat(form.nativePlace()).isEqualTo("四川郫县");
        assertThat(form.birthPlace()).isEqualTo("四川成都");
        assertThat(form.health()).isEqualTo("健康");
        assertThat(form.workStarted()).isEqualTo("200907");
        assertThat(form.fullTime().level()).isEqualTo("大学");
        assertThat(form.fullTime().degree()).isEqualTo("文学学士");
        assertThat(form.inService().degree()).isEqualTo("公共管理硕士");
        assertThat(form.inService().levelSchool()).isEqualTo("蜀川财经学院公共管理学院");
        assertThat(form.expertise()).isEqualTo("基层党建、群团工作");
        assertThat(form.resume()).contains("\n2009.07--2015.03").doesNotContain("\r");
        assertThat(form.assessments()).startsWith("2021年");
        assertThat(form.family())
                .containsExactly(
                        new Relative("丈夫", "刘建国", "198602", "中共党员", "成都市郫都区交通运输局科员"),
                        new Relative("女儿", "刘思琪", "201603", "群众", "成都市郫都区实验小学学生"),
                        new Relative("母亲", "赵秀英", "196211", "群众", "退休"));
        assertThat(form.currentPost()).isEqualTo("成都市郫都区团结镇党委副书记");
        assertThat(form.proposedPost()).isEqualTo("成都市郫都区安德街道党工委书记");
        assertThat(form.reportingUnit()).isEqualTo("中共成都市郫都区委组织部");
        assertThat(form.ageReference()).isEqualTo("202411");
        assertThat(form.filledBy()).isEqualTo("张丽");
        assertThat(form.filledAt()).isEqualTo("20241115");
        assertThat(form.photo()).isEqualTo(Samples.PNG);
    }

    @Test
    void aFileWithoutItsPicIsRefusedNamingThePic() throws Exception {
        assertThatThrownBy(() -> reader.read(sample("wang-jun.lrm")))
                .isInstanceOfSatisfying(InterchangeException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    InterchangeProblem problem = e.problems().getFirst();
                    assertThat(problem.field()).isEqualTo("ZhaoPian");
                    assertThat(problem.messageKey()).isEqualTo("interchange.error.lrm.picMissing");
                    assertThat(problem.args()).containsExactly("wang-jun.pic");
                });
    }

    @Test
    void aPicInUpperCaseIsFound(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("chen.lrm"), resource("chen-xiaomei.lrm"));
        Files.write(folder.resolve("chen.PIC"), Samples.PNG);

        assertThat(reader.read(folder.resolve("chen.lrm")).photo()).isEqualTo(Samples.PNG);
    }

    @Test
    void aPicThatIsNoImageIsRefused() {
        byte[] pic = "not an image".getBytes(StandardCharsets.US_ASCII);

        assertThat(problems(() -> reader.read("chen.lrm", resource("chen-xiaomei.lrm"), pic)))
                .containsExactly("ZhaoPian:interchange.error.photo.format");
    }

    @Test
    void aTenMegabytePicIsRefused() {
        byte[] pic = Arrays.copyOf(Samples.PNG, 10_000_000);

        assertThat(problems(() -> reader.read("chen.lrm", resource("chen-xiaomei.lrm"), pic)))
                .containsExactly("ZhaoPian:interchange.error.photo.size");
    }

    @Test
    void theFormRulesApplyAsForLrmx() {
        byte[] lrm = lrmText().replace("\"198709\"", "\"198713\"").getBytes(GBK);

        assertThat(problems(() -> reader.read("chen.lrm", lrm, Samples.PNG)))
                .containsExactly("ChuShengNianYue:interchange.error.date");
    }

    @Test
    void aFileWithTooFewValuesIsRefused() {
        byte[] lrm = "\"陈晓梅\",\"女\",\"198709\"".getBytes(GBK);

        assertThat(problems(() -> reader.read("chen.lrm", lrm, Samples.PNG)))
                .containsExactly(":interchange.error.lrm.fields");
    }

    @Test
    void aFileResavedAsUtf8IsReadToo() {
        byte[] utf8 = lrmText().getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read("chen.lrm", utf8, Samples.PNG).name()).isEqualTo("陈晓梅");
    }
}
