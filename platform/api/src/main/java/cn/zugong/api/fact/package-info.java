/**
 * Facts about cadres that one plugin establishes and others read, such as an open finding that
 * bars a cadre from promotion and from the reserve list.
 */
package cn.zugong.api.fact;
