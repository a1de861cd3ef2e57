/** The reserve plugin's extensions the platform finds: messages (views and gates follow). */
package cn.zugong.plugin.reserve.extension;
