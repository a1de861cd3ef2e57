/** The structure analysis of a batch (V-R1, V-R4): actual vs. target per dimension. */
package cn.zugong.plugin.reserve.structure;
