package cn.zugong.core.intake.application;

import cn.zugong.core.i18n.PortalMessages;
import cn.zugong.core.plugin.application.PluginHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * The summary of the objection a public report puts on a case, in Chinese (the case's record is
 * kept in the county's language). It names the channel and the candidate, never the report's
 * content: that stays with the holders of the supervision module's report permission.
 */
@ApplicationScoped
public class ObjectionText {

    static final String KEY = "intake.objection.summary";

    @Inject
    PluginHost host;

    public String summary(String candidate) {
        try {
            return new PortalMessages(Optional.ofNullable(host)).translate(KEY, PortalMessages.CHINESE, candidate);
        } catch (MissingResourceException e) {
            return KEY + " " + candidate;
        }
    }
}
