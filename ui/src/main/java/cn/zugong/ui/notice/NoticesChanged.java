package cn.zugong.ui.notice;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the user marked notices read, so that the header's bell counts again. */
public class NoticesChanged extends ComponentEvent<UI> {

    public NoticesChanged(UI ui) {
        super(ui, false);
    }

    static void fire(UI ui) {
        ComponentUtil.fireEvent(ui, new NoticesChanged(ui));
    }
}
