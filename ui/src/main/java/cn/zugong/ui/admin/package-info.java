/**
 * The pages that run the platform: the platform-sysadmin's tenants ({@link
 * cn.zugong.ui.admin.TenantsView}) and a county tenant-admin's users ({@link
 * cn.zugong.ui.admin.CountyUsersView}). The checks are the core's; the pages only offer what the
 * user may do.
 */
package cn.zugong.ui.admin;
