package cn.zugong.plugin.training.course;

/** How a course is taken (DOMAIN §1.3). Labels: {@code training.mode.<NAME>}. */
public enum CourseMode {
    /** tuochan: full-time, off the job, at a party school, cadre college and the like. */
    FULL_TIME,
    /** jizhong: concentrated training recognized by the training authority. */
    CONCENTRATED,
    /** wangluo: online, on a cadre online-learning platform. */
    ONLINE,
    /** zixue: self-study. */
    SELF_STUDY;

    /** Whether the course is held on days cadres attend, so that it has a number of days. */
    public boolean attended() {
        return this == FULL_TIME || this == CONCENTRATED;
    }

    public String messageKey() {
        return "training.mode." + name();
    }
}
