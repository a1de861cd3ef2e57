package cn.zugong.plugin.rotation.avoidance;

/** The kinds of avoidance finding (DOMAIN §2.4 {@code AvoidanceFinding.kind}) with their rule. */
public enum ConflictKind {
    /** V-E2, 回避规定 第三条: relatives in one organ reporting to the same direct leader. */
    KINSHIP_SAME_LEADER("V-E2"),
    /** V-E2, 回避规定 第三条: relatives in one organ as direct superior and subordinate. */
    KINSHIP_SUPERIOR_SUBORDINATE("V-E2"),
    /** V-E2, 回避规定 第三条: one leads the organ, the relative does its 组织/人事/纪检/监察/审计/财务 work. */
    KINSHIP_SENSITIVE_FUNCTION("V-E2"),
    /** 回避规定 第四条: a relative's business regulated by the cadre's department (recorded by hand only). */
    BUSINESS_REGULATOR("V-E2"),
    /** V-E1, 回避规定 第五条: a principal post of the county where the cadre grew up. */
    REGIONAL("V-E1");

    private final String reference;

    ConflictKind(String reference) {
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }

    public String messageKey() {
        return "rotation.conflict." + name();
    }
}
