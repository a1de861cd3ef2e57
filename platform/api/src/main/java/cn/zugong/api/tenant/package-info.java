/** Tenancy as a plugin sees it: the tenant code and the context of the current request. */
package cn.zugong.api.tenant;
