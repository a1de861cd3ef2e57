/**
 * Who may open a route, declared once on the route ({@link cn.zugong.ui.access.Access}) and checked
 * for every navigation of every UI by {@link cn.zugong.ui.access.AccessCheck}.
 */
package cn.zugong.ui.access;
