package cn.zugong.ui.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Opens every new UI in the language the user chose before ({@link Locales#remembered}). */
public class RememberedLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().setLocale(Locales.remembered(VaadinRequest.getCurrent())));
    }
}
