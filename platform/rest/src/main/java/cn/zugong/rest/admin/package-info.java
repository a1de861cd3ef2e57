/**
 * Running the platform over the API: the platform-sysadmin's tenants ({@code platform/tenants}) and
 * the division table ({@code platform/divisions}), a county's tenant-admin's users ({@code
 * tenant/users}). Thin resources over {@code cn.zugong.core.admin}; the checks are the core's.
 */
package cn.zugong.rest.admin;
