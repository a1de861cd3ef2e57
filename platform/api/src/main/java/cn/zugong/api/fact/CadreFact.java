package cn.zugong.api.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that holds for a cadre, established by one plugin, for other plugins to act on. The
 * key names the kind of fact and is prefixed with the id of the plugin that establishes it (for
 * example {@link #CONCEALMENT}); the reason is a message key of that plugin's bundles, so a reader
 * shows it in the user's language without knowing its words.
 *
 * @param key the kind of fact, such as {@code supervision.concealment}
 * @param cadreId the cadre it is about
 * @param pluginId the plugin that established it
 * @param since the day it holds from
 * @param reasonKey message key saying why, in the establishing plugin's bundles
 * @param reasonArgs the message's arguments, as text
 * @since 1.3.0
 */
public record CadreFact(
        String key, UUID cadreId, String pluginId, LocalDate since, String reasonKey, List<String> reasonArgs) {

    /**
     * An open finding of deliberate concealment (youyi manbao) in the cadre's personal-matters
     * report: the cadre may not be promoted nor put on the reserve list (DOMAIN §3.1, §4.4).
     */
    public static final String CONCEALMENT = "supervision.concealment";

    public CadreFact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(reasonKey, "reasonKey");
        reasonArgs = List.copyOf(reasonArgs);
    }
}
