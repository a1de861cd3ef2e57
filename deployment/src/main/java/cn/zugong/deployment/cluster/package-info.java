/**
 * The local cluster ({@code run.sh --cluster}, {@code ClusterIT}): HAProxy in front of two WildFly
 * nodes with the portal and two Keycloak nodes, all on one PostgreSQL. Each part is a process of its
 * own, started in an order that lets the first portal node migrate and seed before the second
 * starts, and stopped together.
 */
package cn.zugong.deployment.cluster;
