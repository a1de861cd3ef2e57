package cn.zugong.core.cadre.infrastructure.lrmx;

import static cn.zugong.core.cadre.infrastructure.lrmx.Samples.lrmx;
import static cn.zugong.core.cadre.infrastructure.lrmx.Samples.lrmxText;
import static cn.zugong.core.cadre.infrastructure.lrmx.Samples.lrmxWith;
import static cn.zugong.core.cadre.infrastructure.lrmx.Samples.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Relative;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LrmxReaderTest {

    private final LrmxReader reader = new LrmxReader();

    private AppointmentForm read(byte[] bytes) {
        return reader.read("li-mingyuan.lrmx", bytes);
    }

    @Test
    void aCompleteFileGivesEveryValueOfTheForm() {
        AppointmentForm form = read(lrmx());

        assertThat(form.name()).isEqualTo("李明远");
        assertThat(form.gender()).isEqualTo("男");
        assertThat(form.birth()).isEqualTo("198503");
        assertThat(form.partyJoined()).isEqualTo("200706");
        assertThat(form.inService().degree()).isEqualTo("公共管理硕士");
        assertThat(form.fullTime().levelSchool()).isEqualTo("西部理工大学建筑与城市规划学院城乡规划专业");
        assertThat(form.resume()).startsWith("2003.09--2007.07  西部理工大学").contains("\n2007.07--2012.03");
        assertThat(form.proposedPost()).isEqualTo("成都市温江区规划和自然资源局局长");
        assertThat(form.family()).extracting(Relative::relation).containsExactly("妻子", "儿子", "父亲");
        assertThat(form.family().get(2).birth()).isEmpty();
        assertThat(form.idNumber()).isEqualTo("510115198503121231");
        assertThat(form.photo()).isEqualTo(Samples.PNG);
        assertThat(form.version()).isEqualTo("3.2.1.16");
    }

    @Test
    void elementsTheModelDoesNotKnowAreKeptInTheirOrderWithTheNamespacesTheyUse() {
        assertThat(read(lrmx()).unknownElements())
                .containsExactly(
                        "<NianLing>39</NianLing>",
                        "<ZhiJi dengJi=\"4\">四级调研员<BeiZhu>2022年晋升</BeiZhu></ZhiJi>",
                        "<BeiYongXiang xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>");
    }

    @Test
    void malformedXmlIsRefusedWithItsLineAndColumn() {
        byte[] broken = lrmxText().replace("</MinZu>", "</MinZhu>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InterchangeException.class, e -> {
            InterchangeProblem problem = e.problems().getFirst();
            assertThat(problem.messageKey()).isEqualTo("interchange.error.xml");
            assertThat(problem.args().get(0)).isEqualTo(6);
            assertThat((Integer) problem.args().get(1)).isPositive();
            assertThat(problem.args()).hasSize(2);
        });
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoEntityCanReachOutside() {
        String xxe = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<!DOCTYPE Person [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Person><XingMing>&secret;</XingMing></Person>";

        assertThat(problems(() -> read(xxe.getBytes(StandardCharsets.UTF_8))))
                .containsExactly(":interchange.error.xml.doctype");
    }

    @Test
    void aFileCutOffInTransferIsRefusedAsIncompleteNotAsTheParsersEnglish() {
        String text = lrmxText();
        byte[] cut = text.substring(0, text.indexOf("<JiangChengQingKuang>")).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(cut)).isInstanceOfSatisfying(InterchangeException.class, e -> {
            InterchangeProblem problem = e.problems().getFirst();
            assertThat(problem.messageKey()).isEqualTo("interchange.error.xml.truncated");
            assertThat(problem.args()).hasSize(2).allSatisfy(a -> assertThat(a).isInstanceOf(Integer.class));
        });
        assertThat(problems(() -> read(new byte[0]))).containsExactly(":interchange.error.xml.truncated");
    }

    @Test
    void anotherRootElementIsRefused() {
        assertThat(problems(() -> read("<Cadre/>".getBytes(StandardCharsets.UTF_8))))
                .containsExactly(":interchange.error.root");
    }

    @Test
    void datesAreReadInDigitsOrWithDotsAndGivenInDigits() {
        byte[] bytes = lrmxText()
                .replace("<ChuShengNianYue>198503</ChuShengNianYue>", "<ChuShengNianYue>1985.03.12</ChuShengNianYue>")
                .replace("<RuDangShiJian>200706</RuDangShiJian>", "<RuDangShiJian>2007.06</RuDangShiJian>")
                .replace(
                        "<CanJiaGongZuoShiJian>200707</CanJiaGongZuoShiJian>",
                        "<CanJiaGongZuoShiJian>2007.07.01</CanJiaGongZuoShiJian>")
                .replace(
                        "<JiSuanNianLingShiJian>202411</JiSuanNianLingShiJian>",
                        "<JiSuanNianLingShiJian>2024.11</JiSuanNianLingShiJian>")
                .replace("<TianBiaoShiJian>20241120</TianBiaoShiJian>", "<TianBiaoShiJian>2024.11.20</TianBiaoShiJian>")
                .replace("<ChuShengRiQi>201405</ChuShengRiQi>", "<ChuShengRiQi>2014.05</ChuShengRiQi>")
                .getBytes(StandardCharsets.UTF_8);

        AppointmentForm form = read(bytes);

        assertThat(form.birth()).isEqualTo("19850312");
        assertThat(form.partyJoined()).isEqualTo("200706");
        assertThat(form.workStarted()).isEqualTo("20070701");
        assertThat(form.ageReference()).isEqualTo("202411");
        assertThat(form.filledAt()).isEqualTo("20241120");
        assertThat(form.family().get(1).birth()).isEqualTo("201405");
        assertThat(read(lrmxWith("ChuShengNianYue", "19850312")).birth()).isEqualTo("19850312");
        assertThat(read(lrmxWith("ChuShengNianYue", "198503")).birth()).isEqualTo("198503");
    }

    @Test
    void anImpossibleDottedDateIsRefusedNamingTheElementAndTheTextAsWritten() {
        assertThatThrownBy(() -> read(lrmxWith("CanJiaGongZuoShiJian", "1990.13")))
                .isInstanceOfSatisfying(InterchangeException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    InterchangeProblem problem = e.problems().getFirst();
                    assertThat(problem.field()).isEqualTo("CanJiaGongZuoShiJian");
                    assertThat(problem.messageKey()).isEqualTo("interchange.error.date");
                    assertThat(problem.args()).containsExactly("1990.13");
                });
        assertThat(problems(() -> read(lrmxWith("RuDangShiJian", "2007.02.30"))))
                .containsExactly("RuDangShiJian:interchange.error.date");
        assertThat(problems(() -> read(lrmxWith("ChuShengNianYue", "1985.3"))))
                .containsExactly("ChuShengNianYue:interchange.error.date");
    }

    @Test
    void aMonthThirteenIsNotADate() {
        assertThat(problems(() -> read(lrmxWith("ChuShengNianYue", "198513"))))
                .containsExactly("ChuShengNianYue:interchange.error.date");
    }

    @Test
    void theThirtiethOfFebruaryIsNotADate() {
        assertThat(problems(() -> read(lrmxWith("CanJiaGongZuoShiJian", "20070230"))))
                .containsExactly("CanJiaGongZuoShiJian:interchange.error.date");
    }

    @Test
    void aMissingBirthIsRefused() {
        assertThat(problems(() -> read(lrmxWith("ChuShengNianYue", ""))))
                .containsExactly("ChuShengNianYue:interchange.error.date.required");
    }

    @Test
    void aNonMemberMayHaveFreeTextAsPartyJoinedButDigitsMustBeADate() {
        assertThat(read(lrmxWith("RuDangShiJian", "群众")).partyJoined()).isEqualTo("群众");
        assertThat(problems(() -> read(lrmxWith("RuDangShiJian", "2007"))))
                .containsExactly("RuDangShiJian:interchange.error.date");
    }

    @Test
    void aFamilyBirthMayBeEmptyButNotWrong() {
        byte[] bytes = lrmxText()
                .replace("<ChuShengRiQi>201405</ChuShengRiQi>", "<ChuShengRiQi>2014.13</ChuShengRiQi>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(problems(() -> read(bytes)))
                .containsExactly("JiaTingChengYuan/Item[2]/ChuShengRiQi:interchange.error.date");
    }

    @Test
    void everyProblemOfAFileIsReportedNotOnlyTheFirst() {
        byte[] bytes = lrmxText()
                .replace("<ChuShengNianYue>198503</ChuShengNianYue>", "<ChuShengNianYue>19850230</ChuShengNianYue>")
                .replace(
                        "<JiSuanNianLingShiJian>202411</JiSuanNianLingShiJian>",
                        "<JiSuanNianLingShiJian>202400</JiSuanNianLingShiJian>")
                .replaceAll("<ZhaoPian>[^<]*</ZhaoPian>", "<ZhaoPian />")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(problems(() -> read(bytes)))
                .containsExactlyInAnyOrder(
                        "ChuShengNianYue:interchange.error.date",
                        "JiSuanNianLingShiJian:interchange.error.date",
                        "ZhaoPian:interchange.error.photo.missing");
    }

    @Test
    void anEmptyPhotoIsRefused() {
        assertThat(problems(() -> read(lrmxWith("ZhaoPian", "  "))))
                .containsExactly("ZhaoPian:interchange.error.photo.missing");
    }

    @Test
    void aPhotoThatIsNotBase64IsRefused() {
        assertThat(problems(() -> read(lrmxWith("ZhaoPian", "not*base64!"))))
                .containsExactly("ZhaoPian:interchange.error.photo.base64");
    }

    @Test
    void base64OfSomethingThatIsNoImageIsRefused() {
        String text = Base64.getEncoder().encodeToString("照片".getBytes(StandardCharsets.UTF_8));

        assertThat(problems(() -> read(lrmxWith("ZhaoPian", text))))
                .containsExactly("ZhaoPian:interchange.error.photo.format");
    }

    @Test
    void aPhotoInBase64WithLineBreaksIsRead() {
        String text = Base64.getMimeEncoder(16, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(Samples.PNG);

        assertThat(read(lrmxWith("ZhaoPian", text)).photo()).isEqualTo(Samples.PNG);
    }

    @Test
    void aTenMegabytePhotoIsRefusedWithItsSizeAndTheLimit() {
        byte[] photo = Arrays.copyOf(Samples.PNG, 10_000_000);
        byte[] file = lrmxWith("ZhaoPian", Base64.getEncoder().encodeToString(photo));

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(InterchangeException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            InterchangeProblem problem = e.problems().getFirst();
            assertThat(problem.field()).isEqualTo("ZhaoPian");
            assertThat(problem.messageKey()).isEqualTo("interchange.error.photo.size");
            assertThat(problem.args()).hasToString("[9.5, 5.0]");
        });
    }

    @Test
    void thePhotoLimitCanBeConfigured() {
        LrmxReader strict = new LrmxReader(InterchangeLimits.DEFAULT.withMaxPhotoBytes(32));

        assertThat(problems(() -> strict.read("a.lrmx", lrmx())))
                .containsExactly("ZhaoPian:interchange.error.photo.size");
    }

    @Test
    void aFileDeclaringGbkGb2312OrGb18030IsReadInThatEncoding() {
        for (String encoding : new String[] {"GBK", "gb2312", "GB18030"}) {
            byte[] bytes = lrmxText()
                    .replace("encoding=\"utf-8\"", "encoding=\"" + encoding + "\"")
                    .getBytes(Charset.forName("GBK"));

            AppointmentForm form = read(bytes);

            assertThat(form.name()).as(encoding).isEqualTo("李明远");
            assertThat(form.family().getFirst().workUnitAndPost()).isEqualTo("成都市温江区第三人民医院护士长");
            assertThat(form.unknownElements()).contains("<NianLing>39</NianLing>");
        }
    }

    @Test
    void aGb18030FileMayCarryCharactersGbkLacks() {
        // U+9FB6 is in GB18030 only; a GB18030 file names people GBK cannot write.
        byte[] bytes = lrmxText()
                .replace("encoding=\"utf-8\"", "encoding=\"GB18030\"")
                .replace("李明远", "李明\u9fb6")
                .getBytes(Charset.forName("GB18030"));

        assertThat(read(bytes).name()).isEqualTo("李明\u9fb6");
    }

    @Test
    void aFileDeclaringGbkThatIsNotGbkIsRefusedNamingTheDeclaredEncoding() {
        byte[] bytes =
                lrmxText().replace("encoding=\"utf-8\"", "encoding=\"GBK\"").getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(bytes, bytes.length + 1);
        broken[bytes.length] = (byte) 0xFF;

        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InterchangeException.class, e -> {
            assertThat(e.problems())
                    .extracting(InterchangeProblem::messageKey)
                    .containsExactly("interchange.error.encoding.declared");
            assertThat(e.problems().getFirst().args()).containsExactly("GBK");
        });
    }

    @Test
    void anEncodingOtherThanUtf8OrGbkIsRefusedByName() {
        byte[] bytes =
                lrmxText().replace("encoding=\"utf-8\"", "encoding=\"Big5\"").getBytes(Charset.forName("Big5"));

        assertThat(problems(() -> read(bytes))).containsExactly(":interchange.error.encoding.unsupported");
    }

    @Test
    void gbkBytesWithoutADeclarationOrDeclaredUtf8AreRefusedAsProbablyGbk() {
        byte[] declaredUtf8 = lrmxText().getBytes(Charset.forName("GBK"));
        byte[] undeclared = lrmxText()
                .replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "")
                .getBytes(Charset.forName("GBK"));

        assertThat(problems(() -> read(declaredUtf8))).containsExactly(":interchange.error.encoding.gbk");
        assertThat(problems(() -> read(undeclared))).containsExactly(":interchange.error.encoding.gbk");
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreRefusedAsNotUtf8() {
        byte[] utf16 = lrmxText().getBytes(StandardCharsets.UTF_16);

        assertThat(problems(() -> read(utf16))).containsExactly(":interchange.error.encoding");
    }

    @Test
    void aByteOrderMarkIsAllowed() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bytes = new byte[bom.length + lrmx().length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(lrmx(), 0, bytes, 3, lrmx().length);

        assertThat(read(bytes).name()).isEqualTo("李明远");
    }

    @Test
    void anIdNumberWithAWrongCheckDigitIsRefused() {
        assertThat(problems(() -> read(lrmxWith("ShenFenZheng", "510115198503121232"))))
                .containsExactly("ShenFenZheng:idnumber.error.checkDigit");
    }

    @Test
    void anIdNumberOfAnotherBirthDateIsRefused() {
        assertThat(problems(() -> read(lrmxWith("ChuShengNianYue", "198504"))))
                .containsExactly("ShenFenZheng:interchange.error.idnumber.birth");
    }

    @Test
    void anEightDigitBirthMustEqualTheIdNumbersDay() {
        assertThat(read(lrmxWith("ChuShengNianYue", "19850312")).birth()).isEqualTo("19850312");
        assertThat(problems(() -> read(lrmxWith("ChuShengNianYue", "19850311"))))
                .containsExactly("ShenFenZheng:interchange.error.idnumber.birth");
    }

    @Test
    void aGenderOtherThanTheIdNumbersIsRefused() {
        assertThat(problems(() -> read(lrmxWith("XingBie", "女"))))
                .containsExactly("XingBie:interchange.error.idnumber.gender");
    }

    @Test
    void anIdNumberWithAnImpossibleBirthDateIsRefused() {
        assertThat(problems(() -> read(lrmxWith("ShenFenZheng", "510115198513121231"))))
                .containsExactly("ShenFenZheng:idnumber.error.birthDate");
    }

    @Test
    void withoutIdNumberTheIdRulesDoNotApply() {
        assertThat(read(lrmxWith("ShenFenZheng", "")).idNumber()).isEmpty();
    }

    @Test
    void aRepeatedElementIsRefused() {
        byte[] bytes = lrmxText()
                .replace("<MinZu>汉族</MinZu>", "<MinZu>汉族</MinZu><MinZu>回族</MinZu>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(problems(() -> read(bytes))).containsExactly("MinZu:interchange.error.repeated");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeParsing() {
        LrmxReader small = new LrmxReader(new InterchangeLimits(1024, 2048, 10, 4096));

        assertThat(problems(() -> small.read("a.lrmx", lrmx()))).containsExactly(":interchange.error.file.size");
    }
}
