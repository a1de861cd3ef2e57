package cn.zugong.core.selection.eligibility;

import java.util.List;
import java.util.Locale;

/**
 * The rules of DOMAIN.md 5.1 (basic qualifications, jiben zige; exceptional promotion, poge) and
 * of the procedure (4.3, 5.5, 2.2) that the registry can check, each with how binding it is
 * ({@link #force()}) and its source ({@link #source()}). Labels: message key {@code
 * eligibility.rule.<NAME>}; each finding's text is {@code eligibility.<key>.<reason>} for one of
 * the rule's {@link #reasons()}, and the texts of the rules added for issue 14 name their source.
 */
public enum EligibilityRule {
    /** Promotion to a county-level post: years since the cadre started work (gongling). */
    WORK_YEARS(RuleForce.HARD, Sources.BASIC, "pass", "fail", "unknown"),
    /** Promotion to a county-level post: years in grassroots units (jiceng gongzuo jingli). */
    GRASSROOTS_YEARS(RuleForce.HARD, Sources.BASIC, "pass", "fail", "unknown", "no-records"),
    /** Promotion to county level and above: posts held at the next lower level. */
    LOWER_POSTS(RuleForce.HARD, Sources.BASIC, "pass", "fail", "no-records"),
    /** Promotion to county level and above: years in the deputy post, or in the lower principal post. */
    TIME_IN_POST(RuleForce.HARD, Sources.BASIC, "pass", "fail-deputy", "fail-principal", "skip", "unknown"),
    EDUCATION(RuleForce.HARD, Sources.BASIC, "pass", "fail", "unknown"),
    /** Training may be completed within a year after the promotion; the registry holds no records. */
    TRAINING(RuleForce.WARNING, Sources.BASIC, "confirm"),
    HEALTH(RuleForce.WARNING, Sources.BASIC, "pass", "confirm", "unknown"),
    /** A party leadership post: a party member of the standing the party constitution sets ({@link PartyStanding}). */
    PARTY_STANDING(RuleForce.HARD, Sources.PARTY_STANDING, "pass", "fail", "not-member", "unknown"),
    /** An exceptional promotion (poge) and its limits ({@link ExceptionalPromotion}). */
    EXCEPTIONAL_PROMOTION(
            RuleForce.HARD,
            Sources.EXCEPTIONAL,
            "regular",
            "exceptional",
            "two-levels",
            "on-trial",
            "within-year",
            "consecutive"),
    /** The inspection notice 1 to 3 working days before the inspection ([P], {@link InspectionNotice}). */
    INSPECTION_NOTICE(RuleForce.WARNING, Sources.NOTICE, "pass", "too-late", "too-early", "unknown"),
    /** A dual-managed cadre: the co-manager consulted in writing before the decision ({@link DualManagement}). */
    DUAL_MANAGEMENT(
            RuleForce.HARD,
            Sources.DUAL,
            "agreed",
            "deemed",
            "not-consulted",
            "waiting",
            "disagreed-principal",
            "disagreed-deputy",
            "upper-agreed"),
    /** An inspection team member withdraws from inspecting themselves or a relative ({@link DutyAvoidance}). */
    AVOIDANCE_INSPECTION(RuleForce.HARD, Sources.AVOIDANCE_TEAM, "self", "relative"),
    /** A committee member withdraws when themselves or a relative is discussed ({@link DutyAvoidance}). */
    AVOIDANCE_MEETING(RuleForce.HARD, Sources.AVOIDANCE_MEETING, "self", "relative");

    private final RuleForce force;
    private final String source;
    private final List<String> reasons;

    EligibilityRule(RuleForce force, String source, String... reasons) {
        this.force = force;
        this.source = source;
        this.reasons = List.of(reasons);
    }

    /** Whether a failure is a hard block ([V]) or a warning a person may acknowledge ([P]). */
    public RuleForce force() {
        return force;
    }

    /** The document and article the rule comes from, as DOMAIN.md gives it. */
    public String source() {
        return source;
    }

    /** The rule's part of its message keys, such as {@code work-years}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every reason a finding of this rule may give, so that the bundles can be checked for completeness. */
    public List<String> reasons() {
        return reasons;
    }

    public String messageKey(String reason) {
        if (!reasons.contains(reason)) {
            throw new IllegalArgumentException(name() + " has no reason " + reason);
        }
        return "eligibility." + key() + "." + reason;
    }

    /** The sources of the rules, as DOMAIN.md cites them. */
    private static final class Sources {
        static final String BASIC = "党政领导干部选拔任用工作条例（2014年第八条，2019年第九条）基本资格; DOMAIN.md 5.1";
        static final String PARTY_STANDING =
                "党政领导干部选拔任用工作条例（2019）第九条第七项; 中国共产党章程 第七条（党龄自转为正式党员之日算起）、第二十七条（地方委员会委员的党龄）; DOMAIN.md 5.1";
        static final String EXCEPTIONAL = "党政领导干部选拔任用工作条例（2019）第十一条 破格提拔; DOMAIN.md 5.1, 4.2, V-S6";
        static final String NOTICE = "考察预告 [P] 浙江省规定：考察前1至3个工作日发布; DOMAIN.md 4.3";
        static final String DUAL = "党政领导干部选拔任用工作条例（2019）讨论决定前酝酿：双重管理干部书面征求协管方意见，一个月未答复视为同意; DOMAIN.md 5.5, 5.8";
        static final String AVOIDANCE_TEAM = "公务员回避规定（试行）公务回避：考察涉及本人或亲属的应当回避; DOMAIN.md 2.2";
        static final String AVOIDANCE_MEETING = "党政领导干部选拔任用工作条例（2019）讨论决定：涉及本人及其亲属的应当回避; DOMAIN.md 5.5, 2.2";

        private Sources() {}
    }
}
