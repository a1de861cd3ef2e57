/**
 * The rotation pages: the due lists, the open avoidance findings and a cadre's terms. Texts come
 * from the plugin's bundle; changes are offered only to a writable county's holders of {@code
 * rotation.manage}, and the services check again.
 */
package cn.zugong.plugin.rotation.ui;
