package cn.zugong.rest.plugin;

import cn.zugong.core.plugin.domain.PluginRecord;
import java.time.Instant;
import java.util.List;

/** An installed plugin as the platform API shows it. */
public record PluginDto(
        String id,
        String version,
        String state,
        String message,
        String provider,
        String requires,
        List<String> permissions,
        List<String> dataAccess,
        String signer,
        boolean offeredToAll,
        Instant changedAt) {

    static PluginDto of(PluginRecord r) {
        return new PluginDto(
                r.pluginId(),
                r.version(),
                r.state().name(),
                r.message().orElse(null),
                r.provider(),
                r.requires(),
                r.permissions(),
                r.dataAccess(),
                r.signer(),
                r.offeredToAll(),
                r.changedAt());
    }
}
