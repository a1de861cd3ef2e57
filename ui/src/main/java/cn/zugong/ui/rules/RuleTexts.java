package cn.zugong.ui.rules;

import cn.zugong.api.rules.RuleProblem;
import cn.zugong.core.plugin.rules.CountyRulePack;
import cn.zugong.core.plugin.rules.RuleVersion;
import cn.zugong.ui.i18n.MessageArgs;
import cn.zugong.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The words of the rules page that come from the plugins' bundles, with the raw ids where a plugin has none. */
final class RuleTexts {

    /** Plugins describe themselves as "name: what it does" ({@code <id>.plugin.description}), in Chinese with a full-width colon. */
    private static final Pattern NAME_END = Pattern.compile("[:\\uFF1A]");

    private RuleTexts() {}

    /** A pack as the plugin's name and the pack's id. */
    static String pack(Component owner, CountyRulePack pack) {
        return owner.getTranslation("rules.pack", pluginName(owner, pack.pluginId()), pack.packId());
    }

    /** The plugin's name: its description up to the first colon; its id without a description. */
    static String pluginName(Component owner, String pluginId) {
        String key = pluginId + ".plugin.description";
        if (!PortalI18NProvider.definesAnywhere(key, locale(owner))) {
            return pluginId;
        }
        return NAME_END.split(owner.getTranslation(key), 2)[0].strip();
    }

    /** A rule's label, the plugin's text of {@code <packId>.rule.<key>}; the key itself without one. */
    static Optional<String> label(Component owner, String packId, String key) {
        String labelKey = packId + ".rule." + key;
        return PortalI18NProvider.definesAnywhere(labelKey, locale(owner))
                ? Optional.of(owner.getTranslation(labelKey))
                : Optional.empty();
    }

    /** A version's value with the day it took effect; empty when the version does not state the key. */
    static String version(Component owner, Optional<RuleVersion> version) {
        return version.map(v -> owner.getTranslation(
                        "rules.version", v.value(), v.effectiveFrom().toString()))
                .orElse("");
    }

    /** A problem in the user's language: the plugin's message (or the portal's) with its arguments. */
    static String problem(Component owner, RuleProblem problem) {
        return MessageArgs.text(owner, problem.messageKey(), problem.args());
    }

    private static Locale locale(Component owner) {
        UI ui = owner.getUI().orElseGet(UI::getCurrent);
        return ui == null ? PortalI18NProvider.CHINESE : ui.getLocale();
    }
}
