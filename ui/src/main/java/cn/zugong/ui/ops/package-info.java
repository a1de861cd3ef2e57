/**
 * The web side of operating the portal: every HTTP request timed by kind and route template and
 * logged with its tenant, user, request id and route ({@link cn.zugong.ui.ops.RequestObservation},
 * called by the tenancy filter), the Vaadin route of each browser tab and the open sessions and UIs
 * ({@link cn.zugong.ui.ops.VaadinObservation}).
 */
package cn.zugong.ui.ops;
