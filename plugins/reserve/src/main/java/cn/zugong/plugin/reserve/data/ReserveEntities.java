package cn.zugong.plugin.reserve.data;

import cn.zugong.api.plugin.PluginEntities;
import java.util.List;
import org.pf4j.Extension;

/** The reserve plugin's tables ({@code db/plugin/reserve/}): batches, candidates, reviews and development plans. */
@Extension
public class ReserveEntities implements PluginEntities {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(BatchEntity.class, CandidateEntity.class, ReviewEntity.class, PlanEntity.class);
    }
}
