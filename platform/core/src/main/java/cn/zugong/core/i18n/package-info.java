/**
 * The portal's texts, looked up in one place for the views and the REST API:
 * {@link cn.zugong.core.i18n.PortalMessages} reads the portal's bundle {@code i18n/messages} (which
 * the web application holds) and then the running plugins' bundles.
 */
package cn.zugong.core.i18n;
