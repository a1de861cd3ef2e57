package cn.zugong.plugin.rotation.data;

import cn.zugong.api.plugin.PluginEntities;
import java.util.List;
import org.pf4j.Extension;

/** The rotation plugin's tables ({@code db/plugin/rotation/}): findings, corrected terms, kin links, confirmed growth places. */
@Extension
public class RotationEntities implements PluginEntities {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(FindingEntity.class, TermEntity.class, KinLinkEntity.class, GrowthPlaceEntity.class);
    }
}
