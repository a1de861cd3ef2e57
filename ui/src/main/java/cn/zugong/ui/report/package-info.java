/**
 * The public reporting page ({@code /report/}, outside Keycloak; issue 20): anyone, without an
 * account, picks a county that takes reports, files a report (real-name or anonymous, optionally
 * about a candidate under publicity) after the browser solved the page's proof of work, gets a
 * receipt code once, and later reads the outcome with it. The channel's rules are the core's
 * {@link cn.zugong.core.intake.application.PublicChannel}; this package renders and reads the page.
 */
package cn.zugong.ui.report;
