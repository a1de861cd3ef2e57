/** The reserve plugin's extensions the platform finds: its messages and the gate at 动议. */
package cn.zugong.plugin.reserve.extension;
