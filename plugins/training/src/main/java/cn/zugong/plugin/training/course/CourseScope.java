package cn.zugong.plugin.training.course;

/** Whose course it is. Labels: {@code training.scope.<NAME>}. */
public enum CourseScope {
    /** The department's own course. */
    COUNTY,
    /**
     * Published by the province to its counties: taken from the province's publication, or recorded
     * by the county when the province did not publish it on the platform.
     */
    PROVINCIAL,
    /** Published by the city to its counties, likewise. */
    CITY;

    public String messageKey() {
        return "training.scope." + name();
    }
}
