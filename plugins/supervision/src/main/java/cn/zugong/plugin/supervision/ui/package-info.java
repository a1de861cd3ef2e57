/**
 * The pages, registered by the platform from {@link SupervisionViews} (no {@code @Route}). Every
 * interactive component has an id starting with {@code supervision-}.
 */
package cn.zugong.plugin.supervision.ui;
