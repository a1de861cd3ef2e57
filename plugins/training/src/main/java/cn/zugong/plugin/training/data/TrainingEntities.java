package cn.zugong.plugin.training.data;

import cn.zugong.api.plugin.PluginEntities;
import java.util.List;
import org.pf4j.Extension;

/** The training plugin's tables ({@code db/plugin/training/}): courses, enrollments, credited records, imports, follow-ups. */
@Extension
public class TrainingEntities implements PluginEntities {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(
                CourseEntity.class,
                EnrollmentEntity.class,
                ImportBatchEntity.class,
                RecordEntity.class,
                FollowUpEntity.class);
    }
}
