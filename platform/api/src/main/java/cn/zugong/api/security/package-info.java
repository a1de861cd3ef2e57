/** Permissions declared by plugins. */
package cn.zugong.api.security;
