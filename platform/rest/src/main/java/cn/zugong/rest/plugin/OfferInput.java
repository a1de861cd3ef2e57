package cn.zugong.rest.plugin;

import java.util.List;

/**
 * Which tenants a plugin is offered to: all, or the listed county codes. {@code all} may be left
 * out (then only the listed counties), as the testkit and the vendor guide send it.
 */
public record OfferInput(Boolean all, List<String> tenants) {

    /** Whether the plugin is offered to every tenant. */
    public boolean everyTenant() {
        return Boolean.TRUE.equals(all);
    }
}
