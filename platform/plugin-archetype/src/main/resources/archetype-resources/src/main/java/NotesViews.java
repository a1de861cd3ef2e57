package ${package};

import cn.zugong.api.view.PluginView;
import cn.zugong.api.view.ViewContribution;
import java.util.List;
import org.pf4j.Extension;

/** Adds the notes page at {@code /${pluginId}}, with its menu entry, for users holding {@code NotesPlugin.VIEW}. */
@Extension
public class NotesViews implements ViewContribution {

    @Override
    public List<PluginView> views() {
        return List.of(new PluginView(
                NotesPlugin.ID, NotesView.class, NotesPlugin.key("menu"), "vaadin:notebook", NotesPlugin.VIEW));
    }
}
