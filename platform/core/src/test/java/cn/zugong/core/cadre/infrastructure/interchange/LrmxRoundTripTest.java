package cn.zugong.core.cadre.infrastructure.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.AssessmentGrade;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.RewardKind;
import cn.zugong.core.cadre.domain.RewardPunishment;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A complete .lrmx imported and exported again gives every element of DOMAIN.md 6.2 back as it came,
 * on the registry's real mapping and an H2 database. Normalized only where the format allows: values
 * without surrounding blanks, dates in digits (the file's 1985.03 is 198503), the photo as the same
 * image bytes. JiSuanNianLingShiJian, TianBiaoShiJian and TianBiaoRen are the export's own: the
 * reference date asked for and the user exporting.
 */
class LrmxRoundTripTest {

    /** Every element of DOMAIN.md 6.2 with text, in its order. */
    static final List<String> ELEMENTS = List.of(
            "XingMing",
            "XingBie",
            "ChuShengNianYue",
            "MinZu",
            "JiGuan",
            "ChuShengDi",
            "RuDangShiJian",
            "CanJiaGongZuoShiJian",
            "JianKangZhuangKuang",
            "ZhuanYeJiShuZhiWu",
            "ShuXiZhuanYeYouHeZhuanChang",
            "QuanRiZhiJiaoYu_XueLi",
            "QuanRiZhiJiaoYu_XueWei",
            "QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi",
            "QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi",
            "ZaiZhiJiaoYu_XueLi",
            "ZaiZhiJiaoYu_XueWei",
            "ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi",
            "ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi",
            "XianRenZhiWu",
            "NiRenZhiWu",
            "NiMianZhiWu",
            "JianLi",
            "JiangChengQingKuang",
            "NianDuKaoHeJieGuo",
            "RenMianLiYou",
            "ChengBaoDanWei",
            "ShenFenZheng",
            "Version");

    static final List<String> ITEM_ELEMENTS =
            List.of("ChengWei", "XingMing", "ChuShengRiQi", "ZhengZhiMianMao", "GongZuoDanWeiJiZhiWu");
    static final LocalDate REFERENCE = LocalDate.of(2024, 11, 1);

    private Registry registry;

    @BeforeEach
    void setUp() throws Exception {
        registry = new Registry();
    }

    @AfterEach
    void tearDown() {
        registry.close();
    }

    static String sample() throws Exception {
        try (InputStream in = LrmxRoundTripTest.class.getResourceAsStream("/lrmx/li-mingyuan.lrmx")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private UUID importFile(String name, byte[] bytes) {
        ImportOutcome outcome = registry.inTransaction(() -> registry.importer.importFile(name, bytes));
        assertThat(outcome.problems()).isEmpty();
        return registry.inTransaction(() -> registry.only(Cadre.class).getId());
    }

    private Element export(UUID id) throws Exception {
        byte[] out = registry.inTransaction(
                () -> registry.exporter.export(id, REFERENCE).orElseThrow());
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(out))
                .getDocumentElement();
    }

    private static Element root(String xml, Charset charset) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(charset)))
                .getDocumentElement();
    }

    @Test
    void everyElementOfACompleteFileComesBackAsItWasRead() throws Exception {
        String input = sample();
        Element in = root(input, StandardCharsets.UTF_8);

        Element out = export(importFile("li-mingyuan.lrmx", input.getBytes(StandardCharsets.UTF_8)));

        for (String element : ELEMENTS) {
            assertThat(text(out, element)).as(element).isEqualTo(text(in, element));
        }
        assertThat(items(out)).isEqualTo(items(in));
        assertThat(Base64.getMimeDecoder().decode(text(out, "ZhaoPian")))
                .isEqualTo(Base64.getMimeDecoder().decode(text(in, "ZhaoPian")));
        assertThat(text(out, "JiSuanNianLingShiJian")).isEqualTo("202411");
        assertThat(text(out, "TianBiaoShiJian")).isEqualTo("20241101");
        assertThat(text(out, "TianBiaoRen")).isEqualTo(Registry.OFFICER);
        for (String unknown : List.of("NianLing", "ZhiJi", "BeiYongXiang")) {
            assertThat(text(out, unknown)).as(unknown).isEqualTo(text(in, unknown));
        }
        assertThat(text(out, "ZhiJi")).isEqualTo("四级调研员2022年晋升");
    }

    @Test
    void aGbkFileWithDottedDatesComesBackInUtf8WithDatesInDigits() throws Exception {
        String input = sample().replace("encoding=\"utf-8\"", "encoding=\"GBK\"")
                .replace("<ChuShengNianYue>198503</ChuShengNianYue>", "<ChuShengNianYue>1985.03</ChuShengNianYue>")
                .replace("<RuDangShiJian>200706</RuDangShiJian>", "<RuDangShiJian>2007.06</RuDangShiJian>")
                .replace("<ChuShengRiQi>198709</ChuShengRiQi>", "<ChuShengRiQi>1987.09</ChuShengRiQi>");

        Element out = export(importFile("gbk.lrmx", input.getBytes(Charset.forName("GBK"))));

        assertThat(text(out, "XingMing")).isEqualTo("李明远");
        assertThat(text(out, "ChuShengNianYue")).isEqualTo("198503");
        assertThat(text(out, "RuDangShiJian")).isEqualTo("200706");
        assertThat(items(out).getFirst()).contains("198709");
        assertThat(text(out, "JiangChengQingKuang")).isEqualTo("2019年被评为温江区优秀共产党员。");
    }

    @Test
    void assessmentsAndRewardsBecomeRecordsOfTheRegistry() throws Exception {
        importFile("li-mingyuan.lrmx", sample().getBytes(StandardCharsets.UTF_8));

        registry.inTransaction(() -> {
            assertThat(registry.all(Assessment.class))
                    .extracting(Assessment::getYear, Assessment::getGrade)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(2021, AssessmentGrade.COMPETENT),
                            org.assertj.core.groups.Tuple.tuple(2022, AssessmentGrade.COMPETENT),
                            org.assertj.core.groups.Tuple.tuple(2023, AssessmentGrade.EXCELLENT));
            RewardPunishment reward = registry.only(RewardPunishment.class);
            assertThat(reward.getKind()).isEqualTo(RewardKind.REWARD);
            assertThat(reward.getDecidedOn()).isEqualTo(LocalDate.of(2019, 1, 1));
            assertThat(reward.getTitle()).isEqualTo("被评为温江区优秀共产党员");
            return null;
        });
    }

    @Test
    void anAssessmentAddedInThePortalIsExportedFromTheRegistryNotTheOldWording() throws Exception {
        UUID id = importFile("li-mingyuan.lrmx", sample().getBytes(StandardCharsets.UTF_8));
        registry.db.execute(
                "insert into assessment (tenant_id, id, cadre_id, assessment_year, grade) values (?, ?, ?, 2024, 'EXCELLENT')",
                Registry.COUNTY,
                UUID.randomUUID(),
                id);

        assertThat(text(export(id), "NianDuKaoHeJieGuo")).isEqualTo("2022年年度考核称职；2023年年度考核优秀；2024年年度考核优秀；");
    }

    @Test
    void aPunishmentIsNotExportedToAUserWhoMayNotSeeIt() throws Exception {
        String input = sample().replace(
                        "<JiangChengQingKuang>2019年被评为温江区优秀共产党员。</JiangChengQingKuang>",
                        "<JiangChengQingKuang>2019年被评为温江区优秀共产党员；2021年受到警告处分。</JiangChengQingKuang>");
        UUID id = importFile("li-mingyuan.lrmx", input.getBytes(StandardCharsets.UTF_8));
        assertThat(text(export(id), "JiangChengQingKuang")).contains("警告处分");

        registry.as("supervisor");
        String seen = text(export(id), "JiangChengQingKuang");

        assertThat(seen).isEqualTo("2019年被评为温江区优秀共产党员").doesNotContain("警告");
    }

    @Test
    void aReimportKeepsTheRecordsEnteredInThePortal() throws Exception {
        UUID id = importFile("li-mingyuan.lrmx", sample().getBytes(StandardCharsets.UTF_8));
        registry.db.execute(
                "insert into assessment (tenant_id, id, cadre_id, assessment_year, grade) values (?, ?, ?, 2020, 'COMPETENT')",
                Registry.COUNTY,
                UUID.randomUUID(),
                id);
        String changed = sample().replace("2023年年度考核优秀", "2023年年度考核基本称职");

        ImportOutcome again = registry.inTransaction(
                () -> registry.importer.importFile("li-mingyuan.lrmx", changed.getBytes(StandardCharsets.UTF_8)));

        assertThat(again.updated()).isEqualTo(1);
        registry.inTransaction(() -> {
            assertThat(registry.all(Assessment.class))
                    .extracting(Assessment::getYear, Assessment::getGrade)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(2020, AssessmentGrade.COMPETENT),
                            org.assertj.core.groups.Tuple.tuple(2021, AssessmentGrade.COMPETENT),
                            org.assertj.core.groups.Tuple.tuple(2022, AssessmentGrade.COMPETENT),
                            org.assertj.core.groups.Tuple.tuple(2023, AssessmentGrade.BASICALLY_COMPETENT));
            assertThat(registry.all(RewardPunishment.class)).hasSize(1);
            return null;
        });
    }

    private static String text(Element root, String name) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }

    private static List<List<String>> items(Element root) {
        List<List<String>> items = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element family && family.getTagName().equals("JiaTingChengYuan")) {
                for (Node i = family.getFirstChild(); i != null; i = i.getNextSibling()) {
                    if (i instanceof Element item) {
                        items.add(ITEM_ELEMENTS.stream().map(e -> text(item, e)).toList());
                    }
                }
            }
        }
        return items;
    }
}
