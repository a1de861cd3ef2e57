package cn.zugong.plugin.training.course;

/** Who runs a course (DOMAIN §1.3). Labels: {@code training.organizer.<NAME>}. */
public enum OrganizerKind {
    /** dangxiao (xingzheng xueyuan). */
    PARTY_SCHOOL,
    /** ganbu xueyuan. */
    CADRE_COLLEGE,
    /** gaoxiao. */
    UNIVERSITY,
    /** An online-learning platform (wangluo xueyuan). */
    ONLINE_PLATFORM,
    /** Any other institution. */
    OTHER;

    public String messageKey() {
        return "training.organizer." + name();
    }
}
