package cn.zugong.api.publish;

import cn.zugong.api.tenant.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One item a department published to the tenants below it.
 *
 * @param publisher the department (tenant) that published it
 * @param kind what sort of item, the plugin's own word (such as {@code course})
 * @param key the item's key in the publisher's data, unique per publisher and kind
 * @param content the item's values, as text
 * @param publishedAt when it was published or last republished
 * @since 1.1.0
 */
public record Publication(
        TenantId publisher, String kind, String key, Map<String, String> content, Instant publishedAt) {

    public Publication {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(publishedAt, "publishedAt");
        content = Map.copyOf(content);
    }
}
