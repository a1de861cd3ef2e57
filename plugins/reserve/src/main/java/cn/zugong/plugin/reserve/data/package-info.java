/** The reserve plugin's tables and their repository, inside the county's wall. */
package cn.zugong.plugin.reserve.data;
