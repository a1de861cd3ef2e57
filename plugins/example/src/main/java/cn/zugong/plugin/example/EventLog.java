package cn.zugong.plugin.example;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.event.CadreEventListener;
import cn.zugong.api.plugin.PluginContext;
import org.pf4j.Extension;

/** Keeps the cadre events of the counties that enable the example, for its page to show. */
@Extension
public class EventLog implements CadreEventListener {

    private final HoldList log;

    public EventLog(PluginContext context) {
        this.log = new HoldList(context);
    }

    @Override
    public void on(CadreEvent event) {
        log.observed(event);
    }
}
