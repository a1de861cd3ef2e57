package cn.zugong.plugin.example;

import cn.zugong.api.plugin.PluginEntities;
import java.util.List;
import org.pf4j.Extension;

/** The example's tables (db/plugin/example): its hold list and the events it observed. */
@Extension
public class ExampleEntities implements PluginEntities {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Hold.class, ObservedEvent.class);
    }
}
