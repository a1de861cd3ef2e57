package cn.zugong.ui.notice;

import cn.zugong.ui.menu.Menu;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Puts the notices' bell into the frame's header, which does not know this feature. */
public class NoticesHeader implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        Menu.of(event.getSource().getContext()).contributeToHeader(NoticesBell.class);
    }
}
