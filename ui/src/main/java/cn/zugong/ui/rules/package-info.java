/**
 * The rules page ({@code admin/rules}): the rule packs of the county's enabled plugins, key by key,
 * and the county administrator's overrides, checked by the plugin before they are saved.
 */
package cn.zugong.ui.rules;
