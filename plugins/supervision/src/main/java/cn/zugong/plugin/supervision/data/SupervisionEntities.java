package cn.zugong.plugin.supervision.data;

import cn.zugong.api.plugin.PluginEntities;
import java.util.List;
import org.pf4j.Extension;

/** The supervision plugin's tables: reports and their subjects, personal matters, draws, integrity file, trials, measures. */
@Extension
public class SupervisionEntities implements PluginEntities {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(
                ReportEntity.class,
                ReportSubjectEntity.class,
                MattersEntity.class,
                DrawEntity.class,
                IntegrityEntity.class,
                TrialEntity.class,
                MeasureEntity.class,
                EconAuditEntity.class,
                PublicReportEntity.class,
                ReportFileEntity.class);
    }
}
