/**
 * What a province's or city's department publishes to the counties below it (SDK {@code
 * Publications}): {@link cn.zugong.core.plugin.publish.PublicationBoard} stores and finds the items,
 * {@link cn.zugong.core.plugin.publish.HostedPublications} lends it to one plugin.
 */
package cn.zugong.core.plugin.publish;
