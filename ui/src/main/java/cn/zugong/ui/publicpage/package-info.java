/**
 * What every public page outside Keycloak shares (the ballot page, next the public reporting page):
 * strict response headers ({@link cn.zugong.ui.publicpage.PublicHeadersFilter}), limits per client
 * address ({@link cn.zugong.ui.publicpage.ClientLimits}), texts in the language the browser asks
 * for and a small server-rendered HTML page that needs no script ({@link
 * cn.zugong.ui.publicpage.PublicPage}).
 */
package cn.zugong.ui.publicpage;
