package cn.zugong.ui.access;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Puts the one {@link AccessCheck} on every UI the portal opens. */
public class AccessListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        AccessCheck check = new AccessCheck();
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(check));
    }
}
