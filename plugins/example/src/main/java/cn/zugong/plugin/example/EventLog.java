package cn.zugong.plugin.example;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.event.CadreEventListener;
import org.pf4j.Extension;

/** Keeps the cadre events of the counties that enable the example, for its page to show. */
@Extension
public class EventLog implements CadreEventListener {

    @Override
    public void on(CadreEvent event) {
        HoldList.observed(event);
    }
}
