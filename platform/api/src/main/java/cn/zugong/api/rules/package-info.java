/** Versioned rule packs: national, per province, overridden per county. */
package cn.zugong.api.rules;
