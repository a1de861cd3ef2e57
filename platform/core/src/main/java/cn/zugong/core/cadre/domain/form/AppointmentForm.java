package cn.zugong.core.cadre.domain.form;

import java.util.List;
import java.util.Objects;

/**
 * The content of one cadre appointment and removal approval form (renmian shenpibiao), as the form
 * and its interchange formats (.lrmx, .lrm) carry it: every value is text, dates are the form's
 * {@code YYYYMM} or {@code YYYYMMDD} (DOMAIN.md section 6). It is the exchange shape between the
 * cadre registry, the file formats and the PDF print; none of them keeps it.
 *
 * @param name XingMing
 * @param gender XingBie, the form's text (nan or nv in Chinese characters)
 * @param birth ChuShengNianYue, {@code YYYYMM} or {@code YYYYMMDD}
 * @param ethnicity MinZu, display text
 * @param nativePlace JiGuan
 * @param birthPlace ChuShengDi
 * @param partyJoined RuDangShiJian, a form date or, for non-members, free text
 * @param workStarted CanJiaGongZuoShiJian
 * @param health JianKangZhuangKuang
 * @param professionalTitle ZhuanYeJiShuZhiWu
 * @param expertise ShuXiZhuanYeYouHeZhuanChang
 * @param fullTime QuanRiZhiJiaoYu_*
 * @param inService ZaiZhiJiaoYu_*
 * @param currentPost XianRenZhiWu
 * @param proposedPost NiRenZhiWu
 * @param proposedRemoval NiMianZhiWu
 * @param resume JianLi, one line per period
 * @param rewardsAndPunishments JiangChengQingKuang
 * @param assessments NianDuKaoHeJieGuo
 * @param appointmentReason RenMianLiYou
 * @param family JiaTingChengYuan items, in the form's order
 * @param reportingUnit ChengBaoDanWei
 * @param ageReference JiSuanNianLingShiJian, the date all ages on the form are computed at
 * @param filledAt TianBiaoShiJian
 * @param filledBy TianBiaoRen
 * @param idNumber ShenFenZheng
 * @param photo ZhaoPian, the image bytes (decoded), empty when there is none
 * @param version Version, the writing software's version
 * @param unknownElements elements of the file this model does not know, each as an XML fragment,
 *     written back unchanged on export
 */
public record AppointmentForm(
        String name,
        String gender,
        String birth,
        String ethnicity,
        String nativePlace,
        String birthPlace,
        String partyJoined,
        String workStarted,
        String health,
        String professionalTitle,
        String expertise,
        Education fullTime,
        Education inService,
        String currentPost,
        String proposedPost,
        String proposedRemoval,
        String resume,
        String rewardsAndPunishments,
        String assessments,
        String appointmentReason,
        List<Relative> family,
        String reportingUnit,
        String ageReference,
        String filledAt,
        String filledBy,
        String idNumber,
        byte[] photo,
        String version,
        List<String> unknownElements) {

    public AppointmentForm {
        fullTime = Objects.requireNonNullElse(fullTime, Education.NONE);
        inService = Objects.requireNonNullElse(inService, Education.NONE);
        family = family == null ? List.of() : List.copyOf(family);
        photo = photo == null ? new byte[0] : photo.clone();
        unknownElements = unknownElements == null ? List.of() : List.copyOf(unknownElements);
    }

    @Override
    public byte[] photo() {
        return photo.clone();
    }

    /**
     * One education block of the form (full-time or in-service).
     *
     * @param level xueli
     * @param degree xuewei
     * @param levelSchool the school and department of the level
     * @param degreeSchool the school, department and major of the degree
     */
    public record Education(String level, String degree, String levelSchool, String degreeSchool) {
        public static final Education NONE = new Education("", "", "", "");
    }

    /**
     * One row of the family and important social relations table.
     *
     * @param relation ChengWei
     * @param name XingMing
     * @param birth ChuShengRiQi, {@code YYYYMM}
     * @param politicalStatus ZhengZhiMianMao
     * @param workUnitAndPost GongZuoDanWeiJiZhiWu
     */
    public record Relative(
            String relation, String name, String birth, String politicalStatus, String workUnitAndPost) {}
}
