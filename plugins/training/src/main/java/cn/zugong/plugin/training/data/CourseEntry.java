package cn.zugong.plugin.training.data;

import cn.zugong.plugin.training.course.Course;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored course.
 *
 * @param id its id
 * @param course the course as validated
 */
public record CourseEntry(UUID id, Course course) {

    public CourseEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(course, "course");
    }
}
