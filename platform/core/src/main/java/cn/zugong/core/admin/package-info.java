/**
 * Running the platform for real: the platform-sysadmin's tenant life cycle (create a tenant from a
 * division with its Keycloak group and first admin, suspend, resume) and a county's tenant-admin
 * managing the county's users. Identity lives in Keycloak, reached through {@link
 * cn.zugong.core.admin.IdentityAdmin}; every action is fired as a {@link
 * cn.zugong.core.audit.PlatformAction} inside its transaction.
 */
package cn.zugong.core.admin;
