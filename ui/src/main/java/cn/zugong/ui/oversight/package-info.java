/**
 * The inspector's structure pages: leadership-team structure ({@code teams}) and the annual cadre
 * statistics ({@code statistics}), for a county's officers and tenant-admins (their county) and
 * supervisors (the counties in scope, side by side, with drill-down to the named record).
 */
package cn.zugong.ui.oversight;
