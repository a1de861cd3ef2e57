/**
 * Tenancy: the counties (tenants), what the request may read and write (derived from the token),
 * the row-level wall on connections, and {@link cn.zugong.core.tenant.CountyAccess}, the county
 * writer rule every feature applies before it changes data.
 */
package cn.zugong.core.tenant;
