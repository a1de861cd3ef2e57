/** Training a promoted cadre still owes (DOMAIN T2, V-T5): the deadline and its reminder. */
package cn.zugong.plugin.training.followup;
