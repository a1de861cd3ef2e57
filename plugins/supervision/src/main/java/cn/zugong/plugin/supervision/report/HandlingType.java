package cn.zugong.plugin.supervision.report;

/**
 * How an accepted report is handled (DOMAIN §4.5 [V], the 12380 system's file words). The inquiry
 * (举函字, hanxun) is answered by the cadre in writing; every other type is verified (chahe).
 */
public enum HandlingType {
    /** 立项督查: a supervised case. */
    SUPERVISED_CASE,
    /** 举办字: handled, result reported. */
    JU_BAN,
    /** 举核字: verified, result reported. */
    JU_HE,
    /** 举函字: written inquiry to the cadre (函询). */
    JU_HAN,
    /** 举释字. */
    JU_SHI,
    /** 举信字. */
    JU_XIN,
    /** 举协字. */
    JU_XIE,
    /** 直转件: passed on directly. */
    DIRECT_TRANSFER;

    /** Whether handling is a written inquiry (函询) rather than a verification (查核). */
    public boolean inquiry() {
        return this == JU_HAN;
    }

    public String messageKey() {
        return "supervision.report.handling." + name();
    }
}
