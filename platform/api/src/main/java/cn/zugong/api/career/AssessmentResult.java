package cn.zugong.api.career;

import java.util.Objects;

/**
 * One year's annual assessment (年度考核) on a cadre's file.
 *
 * @param year the year assessed
 * @param grade {@code EXCELLENT} (优秀), {@code COMPETENT} (称职), {@code BASICALLY_COMPETENT}
 *     (基本称职), {@code INCOMPETENT} (不称职) or {@code UNGRADED} (不定等次)
 * @since 1.3.0
 */
public record AssessmentResult(int year, String grade) {

    public AssessmentResult {
        Objects.requireNonNull(grade, "grade");
    }
}
