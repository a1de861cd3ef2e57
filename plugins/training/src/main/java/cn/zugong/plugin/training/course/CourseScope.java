package cn.zugong.plugin.training.course;

/** Whose course it is. Labels: {@code training.scope.<NAME>}. */
public enum CourseScope {
    /** The county's own course. */
    COUNTY,
    /**
     * Published by the province to its counties. Recorded by the county: a province-level user is a
     * read-only supervisor on this platform.
     */
    PROVINCIAL;

    public String messageKey() {
        return "training.scope." + name();
    }
}
