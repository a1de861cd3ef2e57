package ${package};

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * A dashboard figure: the notes a county wrote this month, out of all its notes. A supervisor sees
 * it per county and summed over the counties in scope (the default aggregate); each county's
 * figure links to the notes page, which lists that county's notes.
 */
@Extension
public class NotesThisMonth implements DashboardIndicator {

    private final Notes notes;

    /** The platform hands the plugin's context to the extension's constructor. */
    public NotesThisMonth(PluginContext context) {
        this.notes = new Notes(context);
    }

    @Override
    public String id() {
        return NotesPlugin.key("this-month");
    }

    @Override
    public String nameKey() {
        return NotesPlugin.key("indicator.thisMonth");
    }

    @Override
    public Measure measure(TenantId county) {
        return notes.thisMonth(county);
    }

    /** The page listing the notes this figure counts (SDK 1.3.0): the platform links the figure there. */
    @Override
    public Optional<String> listRoute() {
        return Optional.of(NotesPlugin.ID);
    }
}
