package cn.zugong.plugin.rotation.data;

import cn.zugong.api.plugin.PluginEntities;
import java.util.List;
import org.pf4j.Extension;

/**
 * The rotation plugin's tables ({@code db/plugin/rotation/}): findings, corrected terms, kin links,
 * confirmed growth places, exchange plans and exchange cases.
 */
@Extension
public class RotationEntities implements PluginEntities {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(
                FindingEntity.class,
                TermEntity.class,
                KinLinkEntity.class,
                GrowthPlaceEntity.class,
                PlanEntity.class,
                PlanPostEntity.class,
                PlanMoveEntity.class,
                ExchangeEntity.class);
    }
}
