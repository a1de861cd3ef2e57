package cn.zugong.plugin.training.data;

/** Where credited hours come from. Labels: {@code training.source.<NAME>}. */
public enum RecordSource {
    /** A course of the catalogue, credited after jieye (DOMAIN 1.4 credited). */
    COURSE,
    /** A row of an online platform's export (DOMAIN T4-T6). */
    IMPORT,
    /** Hours credited in another county, which followed the cadre in a cross-county transfer. */
    TRANSFER;

    public String messageKey() {
        return "training.source." + name();
    }
}
