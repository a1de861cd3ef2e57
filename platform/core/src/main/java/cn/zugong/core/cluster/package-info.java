/**
 * What the portal's nodes tell each other through the database they share: PostgreSQL {@code
 * NOTIFY} on a change's commit, one listening connection per node, and the CDI event {@link
 * cn.zugong.core.cluster.ClusterSignal} that features observe to re-read their state. Imports no
 * feature.
 */
package cn.zugong.core.cluster;
