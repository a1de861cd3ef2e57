/**
 * Operating the portal: metrics ({@link cn.zugong.core.ops.OpsMetrics}, recorded into WildFly's
 * Micrometer registry and served in Prometheus format on the management interface), the log
 * context of every request and job ({@link cn.zugong.core.ops.LogContext}: tenant, user, request
 * id and route in each log line), and the health checks that need no feature (liveness, the
 * identity provider). The checks of a feature live with it ({@code db.DatabaseReadiness}, {@code
 * plugin.PluginReadiness}). This package imports no feature, so every feature may use it.
 */
package cn.zugong.core.ops;
