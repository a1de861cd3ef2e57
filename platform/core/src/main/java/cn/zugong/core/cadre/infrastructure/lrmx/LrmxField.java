package cn.zugong.core.cadre.infrastructure.lrmx;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Education;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Relative;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The elements of {@code <Person>} this model knows, in the order the form software's model
 * declares them (DOMAIN.md 6.2), each with the form value it carries. The family table and the
 * photo are not text and have no value function.
 */
enum LrmxField {
    XING_MING("XingMing", AppointmentForm::name),
    XING_BIE("XingBie", AppointmentForm::gender),
    CHU_SHENG_NIAN_YUE("ChuShengNianYue", AppointmentForm::birth),
    MIN_ZU("MinZu", AppointmentForm::ethnicity),
    JI_GUAN("JiGuan", AppointmentForm::nativePlace),
    CHU_SHENG_DI("ChuShengDi", AppointmentForm::birthPlace),
    RU_DANG_SHI_JIAN("RuDangShiJian", AppointmentForm::partyJoined),
    CAN_JIA_GONG_ZUO_SHI_JIAN("CanJiaGongZuoShiJian", AppointmentForm::workStarted),
    JIAN_KANG_ZHUANG_KUANG("JianKangZhuangKuang", AppointmentForm::health),
    ZHUAN_YE_JI_SHU_ZHI_WU("ZhuanYeJiShuZhiWu", AppointmentForm::professionalTitle),
    SHU_XI_ZHUAN_YE("ShuXiZhuanYeYouHeZhuanChang", AppointmentForm::expertise),
    QUAN_RI_ZHI_XUE_LI("QuanRiZhiJiaoYu_XueLi", f -> f.fullTime().level()),
    QUAN_RI_ZHI_XUE_WEI("QuanRiZhiJiaoYu_XueWei", f -> f.fullTime().degree()),
    QUAN_RI_ZHI_XUE_LI_YUAN_XIAO(
            "QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", f -> f.fullTime().levelSchool()),
    QUAN_RI_ZHI_XUE_WEI_YUAN_XIAO(
            "QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", f -> f.fullTime().degreeSchool()),
    ZAI_ZHI_XUE_LI("ZaiZhiJiaoYu_XueLi", f -> f.inService().level()),
    ZAI_ZHI_XUE_WEI("ZaiZhiJiaoYu_XueWei", f -> f.inService().degree()),
    ZAI_ZHI_XUE_LI_YUAN_XIAO(
            "ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", f -> f.inService().levelSchool()),
    ZAI_ZHI_XUE_WEI_YUAN_XIAO(
            "ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", f -> f.inService().degreeSchool()),
    XIAN_REN_ZHI_WU("XianRenZhiWu", AppointmentForm::currentPost),
    NI_REN_ZHI_WU("NiRenZhiWu", AppointmentForm::proposedPost),
    NI_MIAN_ZHI_WU("NiMianZhiWu", AppointmentForm::proposedRemoval),
    JIAN_LI("JianLi", AppointmentForm::resume),
    JIANG_CHENG("JiangChengQingKuang", AppointmentForm::rewardsAndPunishments),
    NIAN_DU_KAO_HE("NianDuKaoHeJieGuo", AppointmentForm::assessments),
    REN_MIAN_LI_YOU("RenMianLiYou", AppointmentForm::appointmentReason),
    JIA_TING_CHENG_YUAN("JiaTingChengYuan", null),
    CHENG_BAO_DAN_WEI("ChengBaoDanWei", AppointmentForm::reportingUnit),
    JI_SUAN_NIAN_LING_SHI_JIAN("JiSuanNianLingShiJian", AppointmentForm::ageReference),
    TIAN_BIAO_SHI_JIAN("TianBiaoShiJian", AppointmentForm::filledAt),
    TIAN_BIAO_REN("TianBiaoRen", AppointmentForm::filledBy),
    SHEN_FEN_ZHENG("ShenFenZheng", AppointmentForm::idNumber),
    ZHAO_PIAN("ZhaoPian", null),
    VERSION("Version", AppointmentForm::version);

    /** The elements of one family row ({@code <Item>}), in order. */
    static final List<String> ITEM_ELEMENTS =
            List.of("ChengWei", "XingMing", "ChuShengRiQi", "ZhengZhiMianMao", "GongZuoDanWeiJiZhiWu");

    private static final Map<String, LrmxField> BY_ELEMENT =
            Arrays.stream(values()).collect(Collectors.toMap(LrmxField::element, Function.identity()));

    private final String element;
    private final Function<AppointmentForm, String> value;

    LrmxField(String element, Function<AppointmentForm, String> value) {
        this.element = element;
        this.value = value;
    }

    String element() {
        return element;
    }

    boolean isText() {
        return value != null;
    }

    /** The form's text for this element, never null. */
    String valueOf(AppointmentForm form) {
        String text = value.apply(form);
        return text == null ? "" : text;
    }

    static Optional<LrmxField> named(String element) {
        return Optional.ofNullable(BY_ELEMENT.get(element));
    }

    /** The text of a family row's element, in {@link #ITEM_ELEMENTS} order. */
    static List<String> itemValues(Relative relative) {
        return List.of(
                relative.relation(),
                relative.name(),
                relative.birth(),
                relative.politicalStatus(),
                relative.workUnitAndPost());
    }

    /** A form from the text of its elements (missing ones empty), its family, photo and extras. */
    static AppointmentForm form(
            Map<LrmxField, String> text, List<Relative> family, byte[] photo, List<String> unknownElements) {
        Function<LrmxField, String> t = field -> text.getOrDefault(field, "");
        return new AppointmentForm(
                t.apply(XING_MING),
                t.apply(XING_BIE),
                t.apply(CHU_SHENG_NIAN_YUE),
                t.apply(MIN_ZU),
                t.apply(JI_GUAN),
                t.apply(CHU_SHENG_DI),
                t.apply(RU_DANG_SHI_JIAN),
                t.apply(CAN_JIA_GONG_ZUO_SHI_JIAN),
                t.apply(JIAN_KANG_ZHUANG_KUANG),
                t.apply(ZHUAN_YE_JI_SHU_ZHI_WU),
                t.apply(SHU_XI_ZHUAN_YE),
                new Education(
                        t.apply(QUAN_RI_ZHI_XUE_LI),
                        t.apply(QUAN_RI_ZHI_XUE_WEI),
                        t.apply(QUAN_RI_ZHI_XUE_LI_YUAN_XIAO),
                        t.apply(QUAN_RI_ZHI_XUE_WEI_YUAN_XIAO)),
                new Education(
                        t.apply(ZAI_ZHI_XUE_LI),
                        t.apply(ZAI_ZHI_XUE_WEI),
                        t.apply(ZAI_ZHI_XUE_LI_YUAN_XIAO),
                        t.apply(ZAI_ZHI_XUE_WEI_YUAN_XIAO)),
                t.apply(XIAN_REN_ZHI_WU),
                t.apply(NI_REN_ZHI_WU),
                t.apply(NI_MIAN_ZHI_WU),
                t.apply(JIAN_LI),
                t.apply(JIANG_CHENG),
                t.apply(NIAN_DU_KAO_HE),
                t.apply(REN_MIAN_LI_YOU),
                family,
                t.apply(CHENG_BAO_DAN_WEI),
                t.apply(JI_SUAN_NIAN_LING_SHI_JIAN),
                t.apply(TIAN_BIAO_SHI_JIAN),
                t.apply(TIAN_BIAO_REN),
                t.apply(SHEN_FEN_ZHENG),
                photo,
                t.apply(VERSION),
                unknownElements);
    }
}
