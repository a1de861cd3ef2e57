package cn.zugong.ui.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Optional;

/** The e-mail address of the signed-in user, as their token (verified by WildFly) gives it. */
public final class AccountEmail {

    private AccountEmail() {}

    /** The address of the current Vaadin request's user, if their token has one. */
    public static Optional<String> current() {
        return VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                ? TokenIdentity.email(request.getHttpServletRequest())
                : Optional.empty();
    }
}
