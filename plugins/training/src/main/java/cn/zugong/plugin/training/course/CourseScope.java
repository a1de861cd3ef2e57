package cn.zugong.plugin.training.course;

/** Whose course it is. Labels: {@code training.scope.<NAME>}. */
public enum CourseScope {
    /** The county's own course. */
    COUNTY,
    /** Published by the province to its counties, read-only to them. */
    PROVINCIAL;

    public String messageKey() {
        return "training.scope." + name();
    }
}
