/** Message bundles contributed by plugins. */
package cn.zugong.api.i18n;
