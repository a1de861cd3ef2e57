package cn.zugong.rest.plugin;

import java.util.List;

/** Which tenants a plugin is offered to: all, or the listed county codes. */
public record OfferInput(boolean all, List<String> tenants) {}
